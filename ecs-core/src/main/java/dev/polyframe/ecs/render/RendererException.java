package dev.polyframe.ecs.render;

/** A renderer could not start or lost its device. */
public class RendererException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the call and the value */
    public RendererException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying error
     */
    public RendererException(String message, Throwable cause) {
        super(message, cause);
    }
}
