package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaScriptErrorTest extends LuaRuntimeFixture {
    private static final String GAME = String.join("\n",
            "-- protogame",
            "function step(state)",
            "    if state.speed > 3 then",
            "        error('boom')",
            "    end",
            "end",
            "function update(dt)",
            "    step({speed = dt})",
            "end",
            "");

    private ScriptError failingUpdate() throws ScriptException {
        runtime.load(new ScriptSource("protogame/main.lua", GAME));
        return assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(5.0))))
                .error();
    }

    @Test
    void shouldLocateAnErrorInAHookAtItsFileAndLine() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("lua", error.language());
        assertEquals("protogame/main.lua", error.file());
        assertEquals(4, error.line());
        assertEquals(0, error.column());
        assertEquals("step", error.function());
        assertEquals("boom", error.message());
        assertNull(error.apiMethod());
    }

    @Test
    void shouldCarryTheScriptStackInnermostFirst() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("protogame/main.lua:4: in function 'step'\nprotogame/main.lua:8: in function 'update'",
                error.scriptStack());
        assertTrue(error.format().startsWith("protogame/main.lua:4:0: boom"), error.format());
    }

    @Test
    void shouldLocateARuntimeErrorAndDropTheInterpretersPositionPrefix() throws ScriptException {
        load("function update()\n    local t = nil\n    return t.x\nend");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals(3, error.line());
        assertEquals("update", error.function());
        assertEquals("attempt to index ? (a nil value)", error.message());
    }

    @Test
    void shouldLocateAnErrorInTopLevelCodeWithAnEmptyFunctionName() {
        ScriptError error = assertThrows(ScriptException.class, () -> load("local a = 1\nerror('at load')")).error();
        assertEquals("main.lua", error.file());
        assertEquals(2, error.line());
        assertEquals("", error.function());
        assertEquals("at load", error.message());
        assertEquals("main.lua:2: in main chunk", error.scriptStack());
    }

    @Test
    void shouldLocateASyntaxErrorInLoad() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("function update(dt)\n    local x = = 1\nend\n")).error();
        assertEquals("main.lua", error.file());
        assertEquals(2, error.line());
        assertFalse(error.message().isBlank());
        assertFalse(error.message().contains("main.lua"), error.message());
    }

    @Test
    void shouldPositionErrorsLikeStandardLuaInsidePcall() throws ScriptException {
        assertEquals("false|eval.lua:2: boom", caught("error('boom')"));
        assertEquals("false|eval.lua:2: 42", caught("error(42)"));
        assertEquals("false|plain", caught("error('plain', 0)"));
        assertEquals("false|nil", caught("error()"));
    }

    @Test
    void shouldHonourErrorLevels() throws ScriptException {
        load("local function check(x)\n    if not x then\n        error('x is required', 2)\n    end\nend\n"
                + "function probe()\n    local ok, err = pcall(function()\n        check(nil)\n    end)\n"
                + "    return err\nend");
        assertEquals(ScriptValue.of("main.lua:8: x is required"), runtime.call("probe", List.of()));
    }

    @Test
    void shouldReportTheLevelsPositionForAnUncaughtError() throws ScriptException {
        load("local function check(x)\n    if not x then\n        error('x is required', 2)\n    end\nend\n"
                + "function update()\n    check(nil)\nend");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals(7, error.line());
        assertEquals("update", error.function());
        assertEquals("x is required", error.message());
    }

    @Test
    void shouldReportAnErrorRaisedWithATable() throws ScriptException {
        load("function update()\n    error({code = 1})\nend");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertTrue(error.message().startsWith("table: "), error.message());
        assertEquals(2, error.line());
        assertEquals(ScriptValue.of("table 1"), run("    local ok, err = pcall(function() error({code = 1}) end)\n"
                + "    return type(err) .. ' ' .. err.code"));
    }

    @Test
    void shouldReportAnErrorInACallbackCalledByTheEngine() throws ScriptException {
        run("    calc.record(function(n)\n        return n.missing.field\n    end)");
        ScriptValue.Callable callback = (ScriptValue.Callable) calc.recorded().get(0);
        ScriptError error = assertThrows(ScriptException.class,
                () -> callback.function().call(List.of(ScriptValue.of(1.0)))).error();
        assertEquals("eval.lua", error.file());
        assertEquals(3, error.line());
        assertEquals(LuaFrame.ANONYMOUS, error.function());
        assertTrue(error.message().startsWith("attempt to index"), error.message());
    }

    @Test
    void shouldReportStackOverflowAndCapTheStack() throws ScriptException {
        load("local function down(n)\n    return 1 + down(n + 1)\nend\nfunction update()\n    return down(1)\nend");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertTrue(error.message().startsWith("stack overflow"), error.message());
        assertTrue(error.scriptStack().lines().count() <= LuaErrors.MAX_STACK_LINES + 1, error.scriptStack());
    }

    @Test
    void shouldFailToCallAMissingFunction() {
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("init", List.of())).error();
        assertEquals("call: name=init is not a global function of the loaded script", error.message());
    }

    @Test
    void shouldKeepWorkingAfterAnError() throws ScriptException {
        failingUpdate();
        assertEquals(ScriptValue.NIL, runtime.call("update", List.of(ScriptValue.of(1.0))));
    }

    @Test
    void shouldReportUseAfterClose() {
        runtime.close();
        runtime.close();
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertThrows(ScriptException.class, () -> load("x = 1"));
        assertFalse(runtime.hasFunction("evalProbe"));
        assertThrows(IllegalStateException.class, () -> runtime.bind(calc.build()));
    }
}
