package dev.polyframe.script.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredTest {
    private final Deferred deferred = new Deferred("entity.ready");
    private final List<String> outcomes = new ArrayList<>();

    private Deferred.Observer recorder(String name) {
        return (value, error) -> outcomes.add(name + ":" + (value == null ? "-" : ScriptValue.display(value)) + ":"
                + (error == null ? "-" : error));
    }

    private static ScriptException scriptException(String message) {
        return new ScriptException(new ScriptError("test", "main.test", 1, 1, "f", message, "", null), null);
    }

    @Test
    void shouldStartUnsettled() {
        assertFalse(deferred.settled());
        assertEquals("entity.ready", deferred.method());
    }

    @Test
    void shouldNotifyObserverOnResolve() throws ScriptException {
        deferred.observe(recorder("a"));

        deferred.resolve(ScriptValue.of(7.0));

        assertTrue(deferred.settled());
        assertEquals(List.of("a:7:-"), outcomes);
    }

    @Test
    void shouldNotifyObserverOnReject() throws ScriptException {
        deferred.observe(recorder("a"));

        deferred.reject("entity.ready: handle=1 was destroyed");

        assertTrue(deferred.settled());
        assertEquals(List.of("a:-:entity.ready: handle=1 was destroyed"), outcomes);
    }

    @Test
    void shouldSettleOnlyOnce() throws ScriptException {
        deferred.observe(recorder("a"));

        deferred.resolve(ScriptValue.of(1.0));
        deferred.resolve(ScriptValue.of(2.0));
        deferred.reject("late");

        assertEquals(List.of("a:1:-"), outcomes);
    }

    @Test
    void shouldIgnoreResolveAfterReject() throws ScriptException {
        deferred.reject("first");
        deferred.resolve(ScriptValue.of(2.0));

        deferred.observe(recorder("a"));

        assertEquals(List.of("a:-:first"), outcomes);
    }

    @Test
    void shouldRunObserverAddedAfterSettlingAtOnce() throws ScriptException {
        deferred.resolve(ScriptValue.of("done"));

        deferred.observe(recorder("late"));

        assertEquals(List.of("late:\"done\":-"), outcomes);
    }

    @Test
    void shouldResolveNullAsNil() throws ScriptException {
        deferred.resolve(null);

        deferred.observe(recorder("a"));

        assertTrue(deferred.settled());
        assertEquals(List.of("a:null:-"), outcomes);
    }

    @Test
    void shouldNotifyObserversInRegistrationOrder() throws ScriptException {
        deferred.observe(recorder("a"));
        deferred.observe(recorder("b"));
        deferred.observe(recorder("c"));

        deferred.resolve(ScriptValue.TRUE);

        assertEquals(List.of("a:true:-", "b:true:-", "c:true:-"), outcomes);
    }

    @Test
    void shouldRunEveryObserverWhenOneThrows() throws ScriptException {
        deferred.observe(recorder("a"));
        deferred.observe((value, error) -> {
            throw scriptException("boom");
        });
        deferred.observe(recorder("c"));

        assertThrows(ScriptException.class, () -> deferred.resolve(ScriptValue.TRUE));

        assertEquals(List.of("a:true:-", "c:true:-"), outcomes);
    }

    @Test
    void shouldRethrowFirstObserverFailureWithLaterOnesSuppressed() throws ScriptException {
        ScriptException first = scriptException("first");
        ScriptException second = scriptException("second");
        deferred.observe((value, error) -> {
            throw first;
        });
        deferred.observe((value, error) -> {
            throw second;
        });

        ScriptException thrown = assertThrows(ScriptException.class, () -> deferred.reject("why"));

        assertSame(first, thrown);
        assertEquals(List.of(second), List.of(thrown.getSuppressed()));
    }

    @Test
    void shouldNotNotifyObserversTwice() throws ScriptException {
        deferred.observe(recorder("a"));
        deferred.resolve(ScriptValue.TRUE);

        deferred.reject("again");
        deferred.resolve(ScriptValue.FALSE);

        assertEquals(List.of("a:true:-"), outcomes);
    }
}
