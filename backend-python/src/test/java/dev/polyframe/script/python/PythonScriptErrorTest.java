package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonScriptErrorTest extends PythonRuntimeFixture {
    private static final String GAME = String.join("\n",
            "# protogame",
            "def step(state):",
            "    if state['speed'] > 3:",
            "        raise RuntimeError('boom')",
            "",
            "",
            "def update(dt):",
            "    step({'speed': dt})",
            "");

    private ScriptError failingUpdate() throws ScriptException {
        runtime.load(new ScriptSource("protogame/main.py", GAME));
        return assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(5.0))))
                .error();
    }

    @Test
    void shouldLocateAnExceptionInAHookAtItsFileLineAndColumn() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("python", error.language());
        assertEquals("protogame/main.py", error.file());
        assertEquals(4, error.line());
        assertEquals(9, error.column());
        assertEquals("step", error.function());
        assertEquals("RuntimeError: boom", error.message());
        assertNull(error.apiMethod());
    }

    @Test
    void shouldCarryTheTracebackOfScriptFramesInnermostFirst() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("File \"protogame/main.py\", line 4, in step\nFile \"protogame/main.py\", line 8, in update",
                error.scriptStack());
        assertTrue(error.format().startsWith("protogame/main.py:4:9: RuntimeError: boom"), error.format());
    }

    @Test
    void shouldLocateTheFailingExpressionWithinItsLine() throws ScriptException {
        load("def update(dt):\n    speed = 1;  return dt / 0\n");
        ScriptError error = assertThrows(ScriptException.class,
                () -> runtime.call("update", List.of(ScriptValue.of(1.0)))).error();
        assertEquals("ZeroDivisionError: division by zero", error.message());
        assertEquals(2, error.line());
        assertEquals(24, error.column());
    }

    @Test
    void shouldLocateAnExceptionInTopLevelCodeWithAnEmptyFunctionName() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("a = 1\nraise ValueError('at load')\n")).error();
        assertEquals("main.py", error.file());
        assertEquals(2, error.line());
        assertEquals("", error.function());
        assertEquals("ValueError: at load", error.message());
        assertEquals("File \"main.py\", line 2, in <module>", error.scriptStack());
    }

    @Test
    void shouldHideStandardLibraryFrames() throws ScriptException {
        load("import json\n\ndef update():\n    return json.dumps(object())\n");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals("TypeError: Object of type object is not JSON serializable", error.message());
        assertEquals("main.py", error.file());
        assertEquals(4, error.line());
        assertEquals("File \"main.py\", line 4, in update", error.scriptStack());
    }

    @Test
    void shouldLocateASyntaxErrorInLoad() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("def update(dt):\n    x = = 1\n")).error();
        assertEquals("main.py", error.file());
        assertEquals(2, error.line());
        assertTrue(error.column() > 0, "column " + error.column());
        assertEquals("SyntaxError: invalid syntax", error.message());
    }

    @Test
    void shouldReportAnIndentationErrorAsASyntaxError() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("def update(dt):\n  x = 1\n    y = 2\n")).error();
        assertTrue(error.message().startsWith("IndentationError: "), error.message());
        assertFalse(error.message().contains("main.py"), error.message());
    }

    @Test
    void shouldReportSysExitAsASystemExitAtItsLine() throws ScriptException {
        load("import sys\n\ndef update(dt):\n    sys.exit(3)\n");
        ScriptError error = assertThrows(ScriptException.class,
                () -> runtime.call("update", List.of(ScriptValue.of(0.016)))).error();
        assertEquals("SystemExit: 3", error.message());
        assertEquals(4, error.line());
        assertTrue(runtime.hasFunction("update"));
    }

    @Test
    void shouldReportAHostExceptionWithItsMessageAndKeepItAsTheCause() throws ScriptException {
        load("def update():\n    calc.bug()\n");
        ScriptException thrown = assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertEquals("java.lang.IllegalStateException: calc.bug: internal failure x=42", thrown.error().message());
        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertEquals(2, thrown.error().line());
        assertEquals("update", thrown.error().function());
        assertEquals("calc.bug", thrown.error().apiMethod());
    }

    @Test
    void shouldReportAnExceptionInACallbackCalledByTheEngine() throws ScriptException {
        load("def on_hit(n):\n    return n.missing\n\ncalc.record(on_hit)\n");
        ScriptValue.Callable callback = (ScriptValue.Callable) calc.recorded().get(0);
        ScriptError error = assertThrows(ScriptException.class,
                () -> callback.function().call(List.of(ScriptValue.of(1.0)))).error();
        assertEquals("main.py", error.file());
        assertEquals(2, error.line());
        assertEquals("on_hit", error.function());
        assertEquals("AttributeError: 'int' object has no attribute 'missing'", error.message());
    }

    @Test
    void shouldFailToCallAMissingFunction() {
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("init", List.of())).error();
        assertEquals("call: name=init is not a global function of the loaded script", error.message());
    }

    @Test
    void shouldFailToReturnAValueWithoutAScriptEquivalent() throws ScriptException {
        load("def update():\n    return object()\n");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertTrue(error.message().startsWith("update: return value=<object object at "), error.message());
    }

    @Test
    void shouldKeepWorkingAfterAnException() throws ScriptException {
        failingUpdate();
        assertEquals(ScriptValue.NIL, runtime.call("update", List.of(ScriptValue.of(1.0))));
    }

    @Test
    void shouldReportUseAfterClose() {
        runtime.close();
        runtime.close();
        assertFalse(runtime.hasFunction("update"));
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertThrows(ScriptException.class, () -> load("1"));
        assertThrows(IllegalStateException.class, () -> runtime.bind(calc.build()));
    }
}
