package dev.polyframe.script.error;

/**
 * A script failed: thrown by {@link ScriptRuntime} methods with the structured {@link ScriptError}. Checked, so
 * every caller decides where a script failure stops.
 */
public class ScriptException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ScriptError error;

    /**
     * @param error the structured error
     * @param cause the runtime's own exception, or {@code null}
     */
    public ScriptException(ScriptError error, Throwable cause) {
        super(error.format(), cause);
        this.error = error;
    }

    /** @return the structured error */
    public ScriptError error() {
        return error;
    }
}
