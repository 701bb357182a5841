package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JsScriptBackendTest {
    private static final Logger LOG = LoggerFactory.getLogger(JsScriptBackendTest.class);

    @Test
    void shouldBeFoundByServiceLoader() {
        ScriptBackend backend = ScriptBackends.require("js");
        assertInstanceOf(JsScriptBackend.class, backend);
        assertEquals("js", backend.language());
        assertEquals(List.of(".js", ".mjs"), backend.fileExtensions());
    }

    @Test
    void shouldCreateWorkingRuntimesWithItsOwnEngine() throws ScriptException {
        ScriptBackend backend = new JsScriptBackend();
        long start = System.nanoTime();
        try (ScriptRuntime first = backend.createRuntime()) {
            long firstNanos = System.nanoTime() - start;
            first.load(new ScriptSource("a.js", "function f() { return 1; }"));
            assertEquals(ScriptValue.of(1.0), first.call("f", List.of()));
            start = System.nanoTime();
            try (ScriptRuntime second = backend.createRuntime()) {
                long secondNanos = System.nanoTime() - start;
                second.load(new ScriptSource("b.js", "function f() { return 2; }"));
                assertEquals(ScriptValue.of(2.0), second.call("f", List.of()));
                LOG.info("context creation: first (new engine) {} ms, second (shared engine) {} ms, mode {}",
                        firstNanos / 1_000_000, secondNanos / 1_000_000, second.mode());
            }
        }
    }

    @Test
    void shouldIsolateRuntimesFromEachOther() throws ScriptException {
        ScriptBackend backend = SharedEngine.backend();
        try (ScriptRuntime a = backend.createRuntime(); ScriptRuntime b = backend.createRuntime()) {
            a.load(new ScriptSource("a.js", "var shared = 'a'; function update() { return shared; }"));
            b.load(new ScriptSource("b.js", "function update() { return typeof shared; }"));
            assertEquals(ScriptValue.of("a"), a.call("update", List.of()));
            assertEquals(ScriptValue.of("undefined"), b.call("update", List.of()));
        }
    }
}
