package dev.polyframe.script.polyglot;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One {@link ScriptMethod} as a function the guest can call, generic over every interface and every GraalVM
 * language. It converts the arguments (labelled with the parameter names, {@code arguments[i]} beyond them), lets the
 * method validate and run, and converts the result. A {@link ScriptType#NUMBERS} parameter converts in one pass
 * ({@link GuestValues#toNumbers}). It never throws a {@link ScriptApiException} into the guest: it
 * returns the {@link FailureMarker}'s marker, which the prelude wrapper raises as a native error. A bug in host code
 * goes to {@link FailureMarker#hostFailure}; a guest failure passing through (a callback raising, a cancel) stays
 * what it is. Null constructor arguments are a {@link NullPointerException} at the first call. Script worker thread
 * only.
 */
public final class HostFunction implements ProxyExecutable {
    private final ScriptMethod method;
    private final GuestValues values;
    private final FailureMarker failures;
    private final boolean[] numbers;

    /**
     * @param method the bound method
     * @param values the converter of the context the function lives in
     * @param failures makes the markers of failures, usually the context's prelude
     */
    public HostFunction(ScriptMethod method, GuestValues values, FailureMarker failures) {
        this.method = method;
        this.values = values;
        this.failures = failures;
        this.numbers = new boolean[method.params().size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = method.params().get(i).type() == ScriptType.NUMBERS;
        }
    }

    @Override
    public Object execute(Value... arguments) {
        try {
            List<ScriptValue> args = new ArrayList<>(arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                args.add(i < numbers.length && numbers[i]
                        ? values.toNumbers(arguments[i], method.qualifiedName(), label(i))
                        : values.toScript(arguments[i], method.qualifiedName(), label(i)));
            }
            ScriptValue result = method.invoke(args);
            return values.toGuest(result, method.hasTrailingCallback(args));
        } catch (ScriptApiException e) {
            return failures.apiFailure(e);
        } catch (PolyglotException e) {
            throw e;
        } catch (RuntimeException e) {
            return failures.hostFailure(method.qualifiedName(), e);
        }
    }

    private String label(int index) {
        return index < method.params().size() ? method.params().get(index).name() : "arguments[" + index + "]";
    }
}
