package dev.polyframe.script.polyglot;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Maps failures of one GraalVM language to the structured {@link ScriptError} (ARCHITECTURE.md §5). This base holds
 * what every GraalVM backend does alike: API errors raised outside any script frame, unusable (closed or foreign
 * thread) contexts, messages of cancelled, interrupted, exited, exhausted, internal and host failures, script frames
 * of the polyglot stack, and {@link #guard} around a call into guest code. Each backend says how a guest exception
 * becomes a {@code ScriptError} ({@link #toException(PolyglotException, String)}: where its location, function,
 * stack and API method come from) and may rewrite guest messages ({@link #guestMessage}).
 *
 * <p>Script worker thread only, like the context whose failures it maps.
 */
public abstract class GuestErrors {
    /** The file named when a failure has no location and no better fallback (a callback, an engine start). */
    public static final String UNKNOWN_FILE = "<unknown>";

    private final GuestLanguage language;

    /**
     * @param language the language of every error made
     * @throws IllegalArgumentException when {@code language} is {@code null}
     */
    protected GuestErrors(GuestLanguage language) {
        if (language == null) {
            throw new IllegalArgumentException("GuestErrors: language=null must be a language");
        }
        this.language = language;
    }

    /**
     * @param e what the guest language threw
     * @param fallbackFile the file to name when the exception carries no location (the loaded source, ...)
     * @return the exception to throw; its cause is the Java exception for host errors, else {@code e}
     */
    public abstract ScriptException toException(PolyglotException e, String fallbackFile);

    /** @return the structured error for an API error raised outside any script frame (converting a result) */
    public final ScriptException toException(ScriptApiException e, String file) {
        return new ScriptException(error(file, 0, 0, "", e.getMessage(), "", e.method()), e);
    }

    /** @return the error for a context that cannot run (closed, or used from a second thread) */
    public final ScriptException unusable(String method, String file, IllegalStateException cause) {
        return new ScriptException(error(file, 0, 0, "",
                method + ": the " + language.name() + " runtime cannot run: " + cause.getMessage(), "", null), cause);
    }

    /** @return an error with no location, no stack and no cause, for example "not a global function" */
    public final ScriptException failure(String file, String message) {
        return new ScriptException(error(file, 0, 0, "", message, "", null), null);
    }

    /**
     * Runs a call into guest code and translates its failures: a {@link PolyglotException} with
     * {@link #toException(PolyglotException, String)}, a {@link ScriptApiException} (converting a result) with
     * {@link #toException(ScriptApiException, String)}, an {@link IllegalStateException} (closed context, wrong
     * thread) with {@link #unusable}.
     *
     * @param operation what runs, for the unusable message ({@code "load"}, {@code "call"}, {@code "callback"})
     * @param file the file to name when a failure carries no location
     * @param call the call
     * @return what the call returned
     * @throws ScriptException when the call fails as above
     */
    public final <T> T guard(String operation, String file, GuestCall<T> call) throws ScriptException {
        try {
            return call.run();
        } catch (PolyglotException e) {
            throw toException(e, file);
        } catch (ScriptApiException e) {
            throw toException(e, file);
        } catch (IllegalStateException e) {
            throw unusable(operation, file, e);
        }
    }

    /** @return an error of this language; line and column 1-based, {@code 0} when unknown */
    protected final ScriptError error(String file, int line, int column, String function, String message,
            String stack, String apiMethod) {
        return new ScriptError(language.id(), file, line, column, function, message, stack, apiMethod);
    }

    /**
     * @param at where the failure is; {@code null} or an internal source when unknown
     * @return an error of this language located at {@code at}, else at {@code fallbackFile} line 0
     */
    protected final ScriptError located(SourceSection at, String fallbackFile, String function, String message,
            String stack, String apiMethod) {
        boolean known = at != null && !at.getSource().isInternal();
        return error(known ? at.getSource().getName() : fallbackFile, known && at.hasLines() ? at.getStartLine() : 0,
                known && at.hasColumns() ? at.getStartColumn() : 0, function, message, stack, apiMethod);
    }

    /**
     * @return the message of a failure: said in words for cancelled, interrupted, exited, exhausted and internal
     *     failures, the Java exception's {@code toString()} for host exceptions, else {@link #guestMessage}
     */
    protected final String message(PolyglotException e) {
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
            return language.implementation() + " internal error: " + text;
        } else if (e.isHostException()) {
            return e.asHostException().toString();
        }
        return guestMessage(e, text);
    }

    /**
     * @param e a guest exception (or syntax error)
     * @param text its message, {@code ""} when it has none
     * @return the message to report; {@code text} unless a language rewrites it
     */
    protected String guestMessage(PolyglotException e, String text) {
        return text;
    }

    /** @return the Java exception of a host failure, else {@code e} itself: the cause to report */
    protected static Throwable causeOf(PolyglotException e) {
        return e.isHostException() ? e.asHostException() : e;
    }

    /** @return the guest frames with a location outside internal sources (the prelude), innermost first */
    protected static List<PolyglotException.StackFrame> scriptFrames(PolyglotException e) {
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame() && at != null && !at.getSource().isInternal()) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /**
     * A call into guest code, for {@link #guard}.
     *
     * @param <T> what the call returns
     */
    @FunctionalInterface
    public interface GuestCall<T> {
        /**
         * @return the call's result
         * @throws PolyglotException when guest code fails
         * @throws ScriptApiException when a result cannot be converted
         * @throws IllegalStateException when the context cannot run
         */
        T run();
    }
}
