package dev.polyframe.script.js;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptCallable;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A JS function the engine can call back (a trailing callback, a handler). Script worker thread only.
 */
final class JsCallable implements ScriptCallable {
    private final Value function;
    private final JsValues values;
    private final JsErrors errors;

    JsCallable(Value function, JsValues values, JsErrors errors) {
        this.function = function;
        this.values = values;
        this.errors = errors;
    }

    /** @return the JS function */
    Value function() {
        return function;
    }

    /** @return the converter of the context the function lives in */
    JsValues owner() {
        return values;
    }

    @Override
    public ScriptValue call(List<ScriptValue> args) throws ScriptException {
        try {
            return values.toScript(function.execute(values.toJs(args)), "callback", "return value");
        } catch (PolyglotException e) {
            throw errors.toException(e, "<unknown>");
        } catch (ScriptApiException e) {
            throw errors.toException(e, "<unknown>");
        } catch (IllegalStateException e) {
            throw errors.unusable("callback", "<unknown>", e);
        }
    }
}
