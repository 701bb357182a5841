package dev.polyframe.script.python;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptCallable;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A Python callable the engine can call back (a trailing callback, a handler). An {@code async def} callback is
 * started as with {@code polyframe.spawn}. Script worker thread only.
 */
final class PythonCallable implements ScriptCallable {
    private final Value function;
    private final PythonValues values;
    private final PythonErrors errors;

    PythonCallable(Value function, PythonValues values, PythonErrors errors) {
        this.function = function;
        this.values = values;
        this.errors = errors;
    }

    /** @return the Python callable */
    Value function() {
        return function;
    }

    /** @return the converter of the context the callable lives in */
    PythonValues owner() {
        return values;
    }

    @Override
    public ScriptValue call(List<ScriptValue> args) throws ScriptException {
        try {
            return values.fromResult(values.invoke(function, values.toPython(args)), "callback");
        } catch (PolyglotException e) {
            throw errors.toException(e, "<unknown>");
        } catch (ScriptApiException e) {
            throw errors.toException(e, "<unknown>");
        } catch (IllegalStateException e) {
            throw errors.unusable("callback", "<unknown>", e);
        }
    }
}
