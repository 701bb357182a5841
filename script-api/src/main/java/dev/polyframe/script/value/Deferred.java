package dev.polyframe.script.value;

import dev.polyframe.script.error.ScriptException;
import java.util.ArrayList;
import java.util.List;

/**
 * A result that settles later, after the main thread has done the work (seed 004's "immediate validation,
 * deferred resolution"). Backends present it in their idiom: a JS {@code Promise}, a Lua callback or coroutine
 * resume, a Python callback or awaitable.
 *
 * <p>Worker thread only: created, observed and settled on the script worker. It settles at most once; later
 * {@code resolve}/{@code reject} calls are ignored. Observers added after settling are called at once.
 */
public final class Deferred {

    /** Receives the outcome. Exactly one of {@code value} and {@code error} is non-null. */
    @FunctionalInterface
    public interface Observer {
        /**
         * @param value the result, or {@code null} when rejected
         * @param error the rejection message, or {@code null} when resolved
         * @throws ScriptException when script code run by the observer throws
         */
        void settled(ScriptValue value, String error) throws ScriptException;
    }

    private final String method;
    private final List<Observer> observers = new ArrayList<>(1);
    private ScriptValue value;
    private String error;

    /** @param method the API method that returned this result, for messages, e.g. {@code "entity.ready"} */
    public Deferred(String method) {
        this.method = method;
    }

    /** @return the API method that returned this result */
    public String method() {
        return method;
    }

    /** @return whether it has resolved or rejected */
    public boolean settled() {
        return value != null || error != null;
    }

    /**
     * Adds an observer, called once on settling (at once if already settled).
     *
     * @throws ScriptException when the observer runs at once and script code in it throws
     */
    public void observe(Observer observer) throws ScriptException {
        if (settled()) {
            observer.settled(value, error);
        } else {
            observers.add(observer);
        }
    }

    /**
     * Settles successfully and notifies every observer, in registration order. Every observer runs even when an
     * earlier one throws; the first failure is rethrown afterwards, later ones are added as suppressed.
     *
     * @throws ScriptException when an observer's script code throws
     */
    public void resolve(ScriptValue result) throws ScriptException {
        if (!settled()) {
            value = result == null ? ScriptValue.NIL : result;
            notifyObservers();
        }
    }

    /**
     * Settles with an error message (naming the method and the cause) and notifies every observer.
     *
     * @throws ScriptException when an observer's script code throws
     */
    public void reject(String message) throws ScriptException {
        if (!settled()) {
            error = message;
            notifyObservers();
        }
    }

    private void notifyObservers() throws ScriptException {
        ScriptException first = null;
        for (Observer observer : observers) {
            try {
                observer.settled(value, error);
            } catch (ScriptException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        observers.clear();
        if (first != null) {
            throw first;
        }
    }
}
