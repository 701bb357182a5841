package dev.polyframe.script.error;

/**
 * One script failure, in the same shape from every backend (ARCHITECTURE.md §5): where it happened in the
 * script's own source, what the script stack was, which API method raised it if any, which hook or phase was
 * running, and in which main and script frame. Immutable, thread-safe.
 *
 * <p>Backends fill the location fields (their error mapping is the one place a guest exception becomes a
 * {@code ScriptError}); the script worker adds the context ({@link #withContext}) before reporting.
 *
 * @param language backend language id, for example {@code "js"}
 * @param file script file or source name as the author knows it; {@code "<unknown>"} when the runtime gives none
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown (Lua has none)
 * @param function innermost script function, or {@code ""} for top-level code
 * @param message the error message, without location
 * @param scriptStack the script stack as the language prints it, innermost first; may be empty
 * @param apiMethod the API method (for example {@code "entity.setPosition"}) when the error came from one, else
 *     {@code null}
 * @param hook what the worker was running: {@code "load"}, {@code "init"}, {@code "update"}, {@code "render"},
 *     {@code "callback"} (deferred results and their callbacks), {@code "engine"} (a command that failed on the
 *     main thread), {@code "onError"}; {@code ""} when not yet known
 * @param mainFrame the main frame whose snapshot the script frame read, or -1 when unknown
 * @param scriptFrame the script frame (1-based count of frames the worker ran), or -1 when unknown
 */
public record ScriptError(String language, String file, int line, int column, String function, String message,
        String scriptStack, String apiMethod, String hook, long mainFrame, long scriptFrame) {

    /** Longest {@link #summary()}, characters. */
    public static final int SUMMARY_CHARS = 160;

    /** Replaces a {@code null} hook with {@code ""}. */
    public ScriptError {
        hook = hook == null ? "" : hook;
    }

    /**
     * An error without worker context (hook and frames unknown): what a backend's error mapping makes.
     *
     * @param language backend language id
     * @param file script file
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param function innermost script function, {@code ""} for top level
     * @param message the message without location
     * @param scriptStack the script stack, innermost first
     * @param apiMethod the API method that raised it, or {@code null}
     */
    public ScriptError(String language, String file, int line, int column, String function, String message,
            String scriptStack, String apiMethod) {
        this(language, file, line, column, function, message, scriptStack, apiMethod, "", -1, -1);
    }

    /**
     * @param newHook what the worker was running (see {@link #hook()})
     * @param newMainFrame the main frame of the snapshot read, -1 when unknown
     * @param newScriptFrame the script frame, -1 when unknown
     * @return a copy with this context; a hook already set is kept
     */
    public ScriptError withContext(String newHook, long newMainFrame, long newScriptFrame) {
        return new ScriptError(language, file, line, column, function, message, scriptStack, apiMethod,
                hook.isEmpty() ? newHook : hook, newMainFrame, newScriptFrame);
    }

    /** @return a copy with another message (for example the watchdog's, keeping the location) */
    public ScriptError withMessage(String newMessage) {
        return new ScriptError(language, file, line, column, function, newMessage, scriptStack, apiMethod, hook,
                mainFrame, scriptFrame);
    }

    /**
     * Renders the error the way editors link it: {@code file:line:column: message}, then the script stack indented.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(line).append(':').append(column).append(": ").append(message);
        if (scriptStack != null && !scriptStack.isBlank()) {
            scriptStack.lines().forEach(l -> out.append(System.lineSeparator()).append("    ").append(l.strip()));
        }
        return out.toString();
    }

    /**
     * @return one short line for overlays and metrics: {@code file:line: message}, cut to {@value #SUMMARY_CHARS}
     *     characters (an ellipsis marks the cut)
     */
    public String summary() {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        String text = file + ":" + line + ": " + first;
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS - 3) + "...";
    }

    /** @return the identity used to recognise repeats: same file, position and message */
    public String repeatKey() {
        return file + ':' + line + ':' + column + ':' + message;
    }
}
