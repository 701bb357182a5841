package dev.polyframe.script.lua;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;

/**
 * How a {@link Deferred} settled: exactly one of {@code value} and {@code error} is non-null. Immutable; any thread.
 *
 * @param value the result, or {@code null} when rejected
 * @param error the rejection message, or {@code null} when resolved
 */
record Settlement(ScriptValue value, String error) {

    /** @return how the deferred settled, or {@code null} while it is pending (worker thread, like the deferred) */
    static Settlement of(Deferred deferred) {
        if (!deferred.settled()) {
            return null;
        }
        Settlement[] outcome = new Settlement[1];
        try {
            deferred.observe((value, error) -> outcome[0] = new Settlement(value, error));
        } catch (ScriptException e) {
            throw new IllegalStateException("Settlement.of: an observer that only records threw", e);
        }
        return outcome[0];
    }
}
