package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class LuaScriptBackendTest {
    private static final Logger LOG = LoggerFactory.getLogger(LuaScriptBackendTest.class);

    @Test
    void shouldBeFoundByServiceLoader() {
        ScriptBackend backend = ScriptBackends.require("lua");
        assertInstanceOf(LuaScriptBackend.class, backend);
        assertEquals("lua", backend.language());
        assertEquals(List.of(".lua"), backend.fileExtensions());
    }

    @Test
    void shouldCompileWithLuajcWhenRequestedAndBcelWorks() throws ScriptException {
        assertNull(LuaMode.luajcProblem());
        try (ScriptRuntime runtime = new LuaScriptBackend(true).createRuntime()) {
            assertEquals("luajc", runtime.mode());
        }
    }

    @Test
    void shouldInterpretWhenLuajcIsTurnedOff() throws ScriptException {
        try (ScriptRuntime runtime = new LuaScriptBackend(false).createRuntime()) {
            assertEquals("interpreter", runtime.mode());
        }
    }

    @Test
    void shouldTurnLuajcOffOnlyWithPropertyValueFalse() {
        assertTrue(LuaMode.luajcRequested(null));
        assertTrue(LuaMode.luajcRequested("true"));
        assertTrue(LuaMode.luajcRequested(""));
        assertFalse(LuaMode.luajcRequested("false"));
        assertFalse(LuaMode.luajcRequested(" FALSE "));
    }

    @Test
    void shouldCreateWorkingRuntimesInBothModes() throws ScriptException {
        for (boolean luajc : new boolean[] {true, false}) {
            LuaScriptBackend backend = new LuaScriptBackend(luajc);
            long start = System.nanoTime();
            try (ScriptRuntime first = backend.createRuntime()) {
                long firstNanos = System.nanoTime() - start;
                start = System.nanoTime();
                first.load(new ScriptSource("a.lua", "function f() return 1 end"));
                long loadNanos = System.nanoTime() - start;
                assertEquals(ScriptValue.of(1.0), first.call("f", List.of()));
                start = System.nanoTime();
                try (ScriptRuntime second = backend.createRuntime()) {
                    long secondNanos = System.nanoTime() - start;
                    second.load(new ScriptSource("b.lua", "function f() return 2 end"));
                    assertEquals(ScriptValue.of(2.0), second.call("f", List.of()));
                    LOG.info("{}: runtime creation first {} µs (mode decided), second {} µs; small load {} µs",
                            second.mode(), firstNanos / 1000, secondNanos / 1000, loadNanos / 1000);
                }
            }
        }
    }

    @Test
    void shouldIsolateRuntimesFromEachOther() throws ScriptException {
        ScriptBackend backend = LuaRuntimeFixture.LUAJC;
        try (ScriptRuntime a = backend.createRuntime(); ScriptRuntime b = backend.createRuntime()) {
            a.load(new ScriptSource("a.lua", "shared = 'a'\nfunction update() return shared end"));
            b.load(new ScriptSource("b.lua", "function update() return type(shared) end"));
            assertEquals(ScriptValue.of("a"), a.call("update", List.of()));
            assertEquals(ScriptValue.of("nil"), b.call("update", List.of()));
        }
    }
}
