package dev.polyframe.script.python;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestErrors;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps GraalPy failures to the structured {@link ScriptError} (ARCHITECTURE.md §5). For a Python exception the
 * location comes from its traceback, read by the prelude: file, line and 1-based column of the innermost script
 * frame (prelude, standard library and frozen frames are dropped), the script stack as Python's traceback lines but
 * innermost first, and the API method when a bound function raised it. GraalPy's polyglot stack gives no line for
 * outer frames, so it is used only for failures that are no Python exception (interrupts, internal errors). What
 * every GraalVM language shares is in {@link GuestErrors}. Script worker thread only.
 */
final class PythonErrors extends GuestErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PythonErrors.class);
    /** GraalPy appends {@code (file, line N)} to syntax error messages; ScriptError reports the location apart. */
    private static final Pattern SYNTAX_LOCATION = Pattern.compile(" \\([^()]*, line \\d+\\)$");
    private static final String TOP_LEVEL = "<module>";

    private final UnaryOperator<Value> describe;

    /**
     * @param describe the prelude's {@code describe}: a Python exception → {@code (apiMethod, hostError, frames)},
     *     or {@code null}/{@code None} when unknown
     */
    PythonErrors(UnaryOperator<Value> describe) {
        super(PythonScriptBackend.GUEST);
        this.describe = describe;
    }

    /**
     * @param e what GraalPy threw
     * @param fallbackFile the file to name when the exception carries no location (the loaded source, ...)
     * @return the exception to throw; its cause is the Java exception for host errors, else {@code e}
     */
    @Override
    public ScriptException toException(PolyglotException e, String fallbackFile) {
        if (e.isSyntaxError()) {
            return new ScriptException(syntaxError(e, fallbackFile), e);
        }
        Value description = description(e);
        if (description == null) {
            return new ScriptException(fromPolyglotStack(e, fallbackFile), causeOf(e));
        }
        Value host = description.getArrayElement(1);
        Throwable hostError = host.isHostObject() && host.asHostObject() instanceof Throwable t ? t : null;
        String message = hostError != null ? hostError.toString() : e.getMessage() == null ? "" : e.getMessage();
        return new ScriptException(fromTraceback(description, message, fallbackFile),
                hostError == null ? e : hostError);
    }

    private ScriptError syntaxError(PolyglotException e, String fallbackFile) {
        return located(e.getSourceLocation(), fallbackFile, "", SYNTAX_LOCATION.matcher(message(e)).replaceFirst(""),
                "", null);
    }

    /** @return the prelude's description of a Python exception, or {@code null} for any other failure */
    private Value description(PolyglotException e) {
        // Not isExit: sys.exit() raises a SystemExit, which has a traceback like any exception.
        if (!e.isGuestException() || e.isHostException() || e.isInternalError() || e.isCancelled()
                || e.isInterrupted() || e.isResourceExhausted()) {
            return null;
        }
        try {
            Value description = describe.apply(e.getGuestObject());
            return description == null || description.isNull() ? null : description;
        } catch (PolyglotException | IllegalStateException lookupFailure) {
            LOG.debug("PythonErrors.description: no traceback for {}", e.getMessage(), lookupFailure);
            return null;
        }
    }

    private ScriptError fromTraceback(Value description, String message, String fallbackFile) {
        Value api = description.getArrayElement(0);
        Value frames = description.getArrayElement(2);
        StringBuilder stack = new StringBuilder();
        for (long i = 0; i < frames.getArraySize(); i++) {
            Value frame = frames.getArrayElement(i);
            if (!stack.isEmpty()) {
                stack.append('\n');
            }
            stack.append("File \"").append(frame.getArrayElement(0).asString()).append("\", line ")
                    .append(number(frame.getArrayElement(1))).append(", in ")
                    .append(frame.getArrayElement(3).asString());
        }
        String apiMethod = api.isString() ? api.asString() : null;
        if (frames.getArraySize() == 0) {
            return error(fallbackFile, 0, 0, "", message, "", apiMethod);
        }
        Value innermost = frames.getArrayElement(0);
        return error(innermost.getArrayElement(0).asString(), number(innermost.getArrayElement(1)),
                number(innermost.getArrayElement(2)), functionName(innermost.getArrayElement(3).asString()), message,
                stack.toString(), apiMethod);
    }

    /** Innermost guest frame with a location; GraalPy locates only that one, at its function's first line. */
    private ScriptError fromPolyglotStack(PolyglotException e, String fallbackFile) {
        List<PolyglotException.StackFrame> frames = scriptFrames(e);
        if (frames.isEmpty()) {
            return error(fallbackFile, 0, 0, "", message(e), "", null);
        }
        PolyglotException.StackFrame innermost = frames.get(0);
        return located(innermost.getSourceLocation(), fallbackFile, functionName(innermost.getRootName()),
                message(e), "", null);
    }

    private static int number(Value value) {
        return value.fitsInInt() ? value.asInt() : 0;
    }

    /** @return {@code ""} for top-level code, else the function name as Python's traceback prints it */
    private static String functionName(String name) {
        return name == null || TOP_LEVEL.equals(name) ? "" : name;
    }
}
