package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaApiErrorTest extends LuaRuntimeFixture {

    @Test
    void shouldRaiseACatchableErrorAtTheCallSiteNamingMethodParameterAndValue() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.add: b=\"x\" must be a number", caught("calc.add(1, 'x')"));
    }

    @Test
    void shouldRaiseForWrongArity() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.add: missing argument b (expected (a, b), got 1 arguments)",
                caught("calc.add(1)"));
    }

    @Test
    void shouldRaiseForNan() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.add: a=NaN must be a finite number", caught("calc.add(0/0, 1)"));
        assertEquals("false|eval.lua:2: calc.move: position=[1, NaN, 3] must contain only finite numbers",
                caught("calc.move({1, 0/0, 3})"));
    }

    @Test
    void shouldRaiseForABadHandle() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.find: handle=1.5 is not a valid handle", caught("calc.find(1.5)"));
    }

    @Test
    void shouldRaiseWhenTheQueueIsFull() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.push: command queue is full (capacity=4); retry next frame",
                caught("calc.push()"));
    }

    @Test
    void shouldRaiseEveryKindAsAPlainStringError() throws ScriptException {
        assertEquals(ScriptValue.of("string string string string"), run(
                "    local kinds = {}\n"
                + "    for i, f in ipairs({function() calc.add(1, 'x') end, function() calc.add(0/0, 1) end,\n"
                + "            function() calc.find(-1) end, function() calc.push() end}) do\n"
                + "        local ok, err = pcall(f)\n"
                + "        kinds[i] = type(err)\n"
                + "    end\n"
                + "    return table.concat(kinds, ' ')"));
    }

    @Test
    void shouldPositionTheErrorAtTheScriptLineOfTheCall() throws ScriptException {
        load("local function place(x)\n    -- a comment\n    calc.move({x, 'up', 0})\nend\n"
                + "function probe()\n    local ok, err = pcall(place, 1)\n    return err\nend");
        assertEquals(ScriptValue.of("main.lua:3: calc.move: position=[1, \"up\", 0] must be an array [x, y, z]"
                + " of 3 numbers"), runtime.call("probe", List.of()));
    }

    @Test
    void shouldReportAnUncaughtApiErrorAtTheScriptsCallWithTheApiMethod() throws ScriptException {
        load("function update(dt)\n    calc.move({0, 'up', 0})\nend\n");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals("lua", error.language());
        assertEquals("main.lua", error.file());
        assertEquals(2, error.line());
        assertEquals(0, error.column());
        assertEquals("update", error.function());
        assertEquals("calc.move", error.apiMethod());
        assertEquals("calc.move: position=[0, \"up\", 0] must be an array [x, y, z] of 3 numbers", error.message());
        assertEquals("main.lua:2: in function 'update'", error.scriptStack());
    }

    @Test
    void shouldLeaveApiMethodNullForAScriptsOwnError() throws ScriptException {
        load("function update()\n    error('calc.add: not from the API')\nend");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertNull(error.apiMethod());
        assertEquals("calc.add: not from the API", error.message());
    }

    @Test
    void shouldReportAJavaExceptionInABoundMethodAsAnErrorNamingTheMethod() throws ScriptException {
        load("function update()\n    calc.bug()\nend");
        ScriptException thrown = assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertEquals("calc.bug: internal error: java.lang.IllegalStateException: calc.bug: internal failure x=42",
                thrown.error().message());
        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertEquals(2, thrown.error().line());
        assertEquals("calc.bug", thrown.error().apiMethod());
    }

    @Test
    void shouldLetScriptsCatchAJavaExceptionInABoundMethod() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.bug: internal error: java.lang.IllegalStateException: calc.bug:"
                + " internal failure x=42", caught("calc.bug()"));
    }

    @Test
    void shouldKeepWorkingAfterAnApiError() throws ScriptException {
        load("function update(dt)\n    return calc.add(dt, 'x')\nend\n"
                + "function ok(dt)\n    return calc.add(dt, 1)\nend");
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(1.0))));
        assertEquals(ScriptValue.of(3.0), runtime.call("ok", List.of(ScriptValue.of(2.0))));
    }
}
