package dev.polyframe.script.error;

/**
 * One script failure, in the same shape from every backend (ARCHITECTURE.md §5): where it happened in the
 * script's own source, what the script stack was, and which API method raised it if any. Immutable, thread-safe.
 *
 * @param language backend language id, for example {@code "js"}
 * @param file script file or source name as the author knows it; {@code "<unknown>"} when the runtime gives none
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param function innermost script function, or {@code ""} for top-level code
 * @param message the error message, without location
 * @param scriptStack the script stack as the language prints it, innermost first; may be empty
 * @param apiMethod the API method (for example {@code "entity.setPosition"}) when the error came from one, else
 *     {@code null}
 */
public record ScriptError(String language, String file, int line, int column, String function, String message,
        String scriptStack, String apiMethod) {

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
}
