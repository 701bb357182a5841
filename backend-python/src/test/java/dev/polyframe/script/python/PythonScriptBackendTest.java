package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PythonScriptBackendTest {
    private static final Logger LOG = LoggerFactory.getLogger(PythonScriptBackendTest.class);

    @Test
    void shouldBeFoundByServiceLoader() {
        ScriptBackend backend = ScriptBackends.require("python");
        assertInstanceOf(PythonScriptBackend.class, backend);
        assertEquals("python", backend.language());
        assertEquals(List.of(".py"), backend.fileExtensions());
    }

    @Test
    void shouldCreateWorkingRuntimesWithItsOwnEngine() throws ScriptException {
        ScriptBackend backend = new PythonScriptBackend();
        long start = System.nanoTime();
        try (ScriptRuntime first = backend.createRuntime()) {
            long firstNanos = System.nanoTime() - start;
            first.load(new ScriptSource("a.py", "def f():\n    return 1\n"));
            assertEquals(ScriptValue.of(1.0), first.call("f", List.of()));
            start = System.nanoTime();
            try (ScriptRuntime second = backend.createRuntime()) {
                long secondNanos = System.nanoTime() - start;
                second.load(new ScriptSource("b.py", "def f():\n    return 2\n"));
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
            a.load(new ScriptSource("a.py", "shared = 'a'\ndef update():\n    return shared\n"));
            b.load(new ScriptSource("b.py", "def update():\n    return 'shared' in globals()\n"));
            assertEquals(ScriptValue.of("a"), a.call("update", List.of()));
            assertEquals(ScriptValue.FALSE, b.call("update", List.of()));
        }
    }

    @Test
    void shouldUnpackTheStandardLibraryIntoTheConfiguredCacheNotTheUsersHome() throws ScriptException {
        Path cache = ResourceCache.configure();
        try (ScriptRuntime runtime = SharedEngine.backend().createRuntime()) {
            runtime.load(new ScriptSource("home.py", "import sys\ndef home():\n    return sys.prefix\n"));
            String home = ((ScriptValue.Str) runtime.call("home", List.of())).value();
            LOG.info("GraalPy home: {}", home);
            assertTrue(Path.of(home).startsWith(cache), home + " is not under " + cache);
            assertFalse(Path.of(home).startsWith(Path.of(System.getProperty("user.home"), ".cache")), home);
        }
    }
}
