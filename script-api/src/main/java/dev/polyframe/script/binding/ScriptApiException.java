package dev.polyframe.script.binding;

/**
 * A script called an API method wrongly, or the engine cannot take the call now. Thrown on the script worker at
 * the call, before anything is enqueued; each backend rethrows it as the language's native error (JS
 * {@code TypeError}/{@code RangeError}/{@code Error}, ...).
 *
 * <p>The message always names the method, the parameter and the value: {@code entity.setPosition:
 * position=[1, NaN, 3] must contain 3 finite numbers}.
 */
public class ScriptApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of mistake, so each backend can pick the matching native error type. */
    public enum Kind {
        /** Wrong type or wrong number of arguments (JS {@code TypeError}). */
        TYPE,
        /** Right type, value not allowed: NaN, infinity, out of range, unknown name (JS {@code RangeError}). */
        RANGE,
        /** Unknown or destroyed handle (JS {@code Error}). */
        HANDLE,
        /** The command queue is full (JS {@code Error}); retry in a later frame. */
        QUEUE_FULL
    }

    private final Kind kind;
    private final String method;

    /**
     * @param kind what kind of mistake
     * @param method qualified method, for example {@code "entity.setPosition"}
     * @param detail what is wrong, naming the parameter and value, without the method prefix
     */
    public ScriptApiException(Kind kind, String method, String detail) {
        super(method + ": " + detail);
        this.kind = kind;
        this.method = method;
    }

    /** @return what kind of mistake */
    public Kind kind() {
        return kind;
    }

    /** @return the qualified method name */
    public String method() {
        return method;
    }
}
