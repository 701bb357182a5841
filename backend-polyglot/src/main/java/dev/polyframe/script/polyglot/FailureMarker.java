package dev.polyframe.script.polyglot;

import dev.polyframe.script.binding.ScriptApiException;

/**
 * What a {@link HostFunction} returns to the guest instead of throwing: a marker the language's prelude wrapper
 * raises as a native error at the script's call, so the error keeps the script's line. Implemented by each backend's
 * prelude. Script worker thread only.
 */
public interface FailureMarker {
    /**
     * @param e the API's validation (or queue) error
     * @return the marker for it; its native error carries exactly {@code e}'s message
     */
    Object apiFailure(ScriptApiException e);

    /**
     * A bug in host code: any runtime exception of a bound method but a {@link ScriptApiException}. By default it
     * propagates, so the guest sees a host exception; a language may return a marker instead.
     *
     * @param method the qualified API method that failed
     * @param e the exception
     * @return the marker for it
     */
    default Object hostFailure(String method, RuntimeException e) {
        throw e;
    }
}
