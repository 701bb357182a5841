package dev.polyframe.script.error;

/**
 * Receives every script error the worker catches: exceptions in hooks and callbacks, and commands that failed on
 * the main thread. Called on the script worker thread; must not block.
 */
@FunctionalInterface
public interface ScriptErrorListener {
    /**
     * @param error the structured error
     */
    void onScriptError(ScriptError error);
}
