package dev.polyframe.script.value;

import dev.polyframe.script.error.ScriptException;
import java.util.List;

/**
 * A script function the engine can call back, implemented by each backend. Worker thread only.
 */
@FunctionalInterface
public interface ScriptCallable {
    /**
     * Calls the function.
     *
     * @param args arguments in order
     * @return what the function returned
     * @throws ScriptException when the function throws; its {@link dev.polyframe.script.error.ScriptError} has the
     *     script's file, line and stack
     */
    ScriptValue call(List<ScriptValue> args) throws ScriptException;
}
