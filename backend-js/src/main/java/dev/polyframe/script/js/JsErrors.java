package dev.polyframe.script.js;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestErrors;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps GraalJS failures to the structured {@link ScriptError} (ARCHITECTURE.md §5): file, 1-based line and column
 * and function of the innermost script frame, the script stack (script frames only, prelude frames hidden), the JS
 * message as GraalJS prints it ({@code TypeError: calc.add: a="x" must be a number}), and the API method when a
 * bound function raised the error. What every GraalVM language shares is in {@link GuestErrors}. Script worker
 * thread only.
 */
final class JsErrors extends GuestErrors {
    private static final Logger LOG = LoggerFactory.getLogger(JsErrors.class);
    /** GraalJS puts {@code file:line:col } (0-based column) in front of syntax error messages; we report it apart. */
    private static final Pattern SYNTAX_LOCATION = Pattern.compile("^(\\w*Error): .*?:\\d+:\\d+ ");
    private static final String TOP_LEVEL = ":program";

    private final Function<Value, String> apiMethodOf;

    /**
     * @param apiMethodOf finds the API method that raised a guest error object, or returns {@code null}
     */
    JsErrors(Function<Value, String> apiMethodOf) {
        super(JsScriptBackend.GUEST);
        this.apiMethodOf = apiMethodOf;
    }

    /**
     * @param e what GraalJS threw
     * @param fallbackFile the file to name when the exception carries no location (the loaded source, ...)
     * @return the exception to throw, whose cause is the Java exception for host errors, else {@code e}
     */
    @Override
    public ScriptException toException(PolyglotException e, String fallbackFile) {
        return new ScriptException(toError(e, fallbackFile), causeOf(e));
    }

    /** @return the structured error for a GraalJS failure */
    private ScriptError toError(PolyglotException e, String fallbackFile) {
        List<PolyglotException.StackFrame> frames = scriptFrames(e);
        SourceSection location = !e.isSyntaxError() && !frames.isEmpty() ? frames.get(0).getSourceLocation()
                : e.getSourceLocation();
        String function = frames.isEmpty() ? "" : functionName(frames.get(0).getRootName());
        return located(location, fallbackFile, function, message(e), stack(frames), apiMethod(e));
    }

    /** A syntax error's first line, without GraalJS's location prefix. */
    @Override
    protected String guestMessage(PolyglotException e, String text) {
        if (e.isSyntaxError()) {
            String first = text.lines().findFirst().orElse("");
            return SYNTAX_LOCATION.matcher(first).replaceFirst("$1: ");
        }
        return text;
    }

    private String apiMethod(PolyglotException e) {
        if (!e.isGuestException() || e.isCancelled() || e.isInterrupted() || e.isExit() || e.isSyntaxError()) {
            return null;
        }
        Value guest = e.getGuestObject();
        if (guest == null || guest.isNull()) {
            return null;
        }
        try {
            return apiMethodOf.apply(guest);
        } catch (RuntimeException lookupFailure) {
            LOG.debug("JsErrors.apiMethod: lookup failed for {}", e.getMessage(), lookupFailure);
            return null;
        }
    }

    private static String stack(List<PolyglotException.StackFrame> frames) {
        StringBuilder out = new StringBuilder();
        for (PolyglotException.StackFrame frame : frames) {
            SourceSection at = frame.getSourceLocation();
            String where = at.getSource().getName() + ":" + at.getStartLine() + ":" + at.getStartColumn();
            String function = TOP_LEVEL.equals(frame.getRootName()) ? "" : functionName(frame.getRootName());
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(function.isEmpty() ? "at " + where : "at " + function + " (" + where + ")");
        }
        return out.toString();
    }

    /** @return {@code ""} for top-level code, {@code <anonymous>} for GraalJS's {@code :=>} and friends */
    private static String functionName(String rootName) {
        if (rootName == null || TOP_LEVEL.equals(rootName)) {
            return "";
        }
        return rootName.isEmpty() || rootName.startsWith(":") ? "<anonymous>" : rootName;
    }
}
