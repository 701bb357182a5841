package dev.polyframe.script.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Without a GraalVM language on the class path: covers the failure paths, which need no engine. */
class LazyEngineTest {
    private static final GuestLanguage LANGUAGE = new GuestLanguage("toy", "Toy", "GraalToy");

    @Test
    void shouldReportAnEngineThatFailsToStartAsAScriptExceptionAndRetryNextTime() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("no toy-language on the class path");
        LazyEngine engine = new LazyEngine(LANGUAGE, "ToyScriptBackend", () -> {
            attempts.incrementAndGet();
            throw boom;
        });

        ScriptException e = assertThrows(ScriptException.class, () -> engine.createRuntime(created -> null));
        ScriptError error = e.error();
        assertEquals("toy", error.language());
        assertEquals(GuestErrors.UNKNOWN_FILE, error.file());
        assertEquals("ToyScriptBackend.createRuntime: GraalToy failed to start: no toy-language on the class path",
                error.message());
        assertSame(boom, e.getCause());
        assertThrows(ScriptException.class, () -> engine.createRuntime(created -> null));
        assertEquals(2, attempts.get());
    }

    @Test
    void shouldRejectAMissingEngine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LazyEngine(LANGUAGE, "ToyScriptBackend", (Engine) null));
        assertEquals("ToyScriptBackend: engine=null must be an engine", e.getMessage());
    }

    @Test
    void shouldRejectAnIncompleteLanguage() {
        assertThrows(IllegalArgumentException.class, () -> new GuestLanguage("toy", " ", "GraalToy"));
        assertThrows(IllegalArgumentException.class, () -> new GuestLanguage(null, "Toy", "GraalToy"));
    }
}
