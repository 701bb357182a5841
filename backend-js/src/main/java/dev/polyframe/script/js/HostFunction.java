package dev.polyframe.script.js;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One {@link ScriptMethod} as a function GraalJS can call, generic over every interface. It converts the
 * arguments, lets the method validate and run, and converts the result. It never throws a
 * {@link ScriptApiException} into JS: it returns the prelude's failure marker, which the prelude wrapper rethrows as
 * a native {@code TypeError}/{@code RangeError}/{@code Error}. Script worker thread only.
 */
final class HostFunction implements ProxyExecutable {
    private final ScriptMethod method;
    private final JsValues values;
    private final JsPrelude prelude;

    HostFunction(ScriptMethod method, JsValues values, JsPrelude prelude) {
        this.method = method;
        this.values = values;
        this.prelude = prelude;
    }

    @Override
    public Object execute(Value... arguments) {
        try {
            List<ScriptValue> args = new ArrayList<>(arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                args.add(values.toScript(arguments[i], method.qualifiedName(), label(i)));
            }
            ScriptValue result = method.invoke(args);
            return values.toJs(result, method.hasTrailingCallback(args));
        } catch (ScriptApiException e) {
            return prelude.failure(e.kind().name(), e.getMessage(), e.method());
        }
    }

    private String label(int index) {
        return index < method.params().size() ? method.params().get(index).name() : "arguments[" + index + "]";
    }
}
