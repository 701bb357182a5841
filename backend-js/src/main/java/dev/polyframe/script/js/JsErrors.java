package dev.polyframe.script.js;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.ArrayList;
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
 * bound function raised the error. Script worker thread only.
 */
final class JsErrors {
    private static final Logger LOG = LoggerFactory.getLogger(JsErrors.class);
    /** GraalJS puts {@code file:line:col } (0-based column) in front of syntax error messages; we report it apart. */
    private static final Pattern SYNTAX_LOCATION = Pattern.compile("^(\\w*Error): .*?:\\d+:\\d+ ");
    private static final String TOP_LEVEL = ":program";

    private final Function<Value, String> apiMethodOf;

    /**
     * @param apiMethodOf finds the API method that raised a guest error object, or returns {@code null}
     */
    JsErrors(Function<Value, String> apiMethodOf) {
        this.apiMethodOf = apiMethodOf;
    }

    /**
     * @param e what GraalJS threw
     * @param fallbackFile the file to name when the exception carries no location (the loaded source, ...)
     * @return the exception to throw, whose cause is the Java exception for host errors, else {@code e}
     */
    ScriptException toException(PolyglotException e, String fallbackFile) {
        Throwable cause = e.isHostException() ? e.asHostException() : e;
        return new ScriptException(toError(e, fallbackFile), cause);
    }

    /** @return the structured error for a GraalJS failure */
    ScriptError toError(PolyglotException e, String fallbackFile) {
        List<PolyglotException.StackFrame> frames = scriptFrames(e);
        SourceSection location = e.getSourceLocation();
        if (!e.isSyntaxError() && !frames.isEmpty()) {
            location = frames.get(0).getSourceLocation();
        } else if (location != null && location.getSource().isInternal()) {
            location = null;
        }
        String function = frames.isEmpty() ? "" : functionName(frames.get(0).getRootName());
        String file = location == null ? fallbackFile : location.getSource().getName();
        int line = location == null || !location.hasLines() ? 0 : location.getStartLine();
        int column = location == null || !location.hasColumns() ? 0 : location.getStartColumn();
        return new ScriptError(JsScriptBackend.LANGUAGE, file, line, column, function, message(e), stack(frames),
                apiMethod(e));
    }

    /** @return the structured error for an API error raised outside any script frame (converting a result) */
    ScriptException toException(ScriptApiException e, String file) {
        return new ScriptException(new ScriptError(JsScriptBackend.LANGUAGE, file, 0, 0, "", e.getMessage(), "",
                e.method()), e);
    }

    /** @return the error for a context that cannot run (closed, or used from a second thread) */
    ScriptException unusable(String method, String file, IllegalStateException cause) {
        return new ScriptException(new ScriptError(JsScriptBackend.LANGUAGE, file, 0, 0, "",
                method + ": the JS runtime cannot run: " + cause.getMessage(), "", null), cause);
    }

    private static String message(PolyglotException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (e.isCancelled()) {
            return "script execution was cancelled (the context was closed): " + text;
        } else if (e.isInterrupted()) {
            return "script execution was interrupted (Context.interrupt, for example a time budget): " + text;
        } else if (e.isExit()) {
            return "script exited with status " + e.getExitStatus();
        } else if (e.isResourceExhausted()) {
            return "script exhausted a resource limit: " + text;
        } else if (e.isInternalError()) {
            return "GraalJS internal error: " + text;
        } else if (e.isHostException()) {
            return e.asHostException().toString();
        } else if (e.isSyntaxError()) {
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

    private static List<PolyglotException.StackFrame> scriptFrames(PolyglotException e) {
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame() && at != null && !at.getSource().isInternal()) {
                frames.add(frame);
            }
        }
        return frames;
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
