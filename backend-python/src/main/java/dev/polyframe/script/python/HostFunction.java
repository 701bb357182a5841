package dev.polyframe.script.python;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One {@link ScriptMethod} as a function GraalPy can call, generic over every interface. It converts the arguments,
 * lets the method validate and run, and converts the result. It never throws a {@link ScriptApiException} into
 * Python: it returns the prelude's failure marker, which the prelude wrapper raises as a native {@code TypeError},
 * {@code ValueError} or {@code RuntimeError} at the script's call. A bug in host code (any other runtime exception)
 * becomes a {@code RuntimeError} the same way, so the error keeps the script's line, and the Java exception stays
 * the cause of the resulting {@code ScriptException}. Script worker thread only.
 */
final class HostFunction implements ProxyExecutable {
    /** Failure kind of a bug in host code; the prelude raises it as {@code RuntimeError}. */
    static final String HOST_KIND = "HOST";

    private final ScriptMethod method;
    private final PythonValues values;
    private final PythonPrelude prelude;

    HostFunction(ScriptMethod method, PythonValues values, PythonPrelude prelude) {
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
            return values.toPython(result, method.hasTrailingCallback(args));
        } catch (ScriptApiException e) {
            return prelude.failure(e.kind().name(), e.getMessage(), e.method(), null);
        } catch (PolyglotException e) {
            // Python's own failure (or a cancel or interrupt) passing through: it must stay what it is.
            throw e;
        } catch (RuntimeException e) {
            return prelude.failure(HOST_KIND, e.toString(), method.qualifiedName(), e);
        }
    }

    private String label(int index) {
        return index < method.params().size() ? method.params().get(index).name() : "arguments[" + index + "]";
    }
}
