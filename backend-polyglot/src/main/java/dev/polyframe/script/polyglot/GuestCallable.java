package dev.polyframe.script.polyglot;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptCallable;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * A guest function the engine can call back (a trailing callback, a handler): converts the arguments, calls it
 * through its context's {@link GuestValues#execute} and converts the result with {@link GuestValues#fromResult}.
 * Script worker thread only.
 */
final class GuestCallable implements ScriptCallable {
    private final Value function;
    private final GuestValues values;
    private final GuestErrors errors;

    GuestCallable(Value function, GuestValues values, GuestErrors errors) {
        this.function = function;
        this.values = values;
        this.errors = errors;
    }

    /** @return the guest function */
    Value function() {
        return function;
    }

    /** @return the converter of the context the function lives in */
    GuestValues owner() {
        return values;
    }

    @Override
    public ScriptValue call(List<ScriptValue> args) throws ScriptException {
        return errors.guard("callback", GuestErrors.UNKNOWN_FILE,
                () -> values.fromResult(values.execute(function, values.toGuest(args)), "callback"));
    }
}
