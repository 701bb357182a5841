package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class JsScriptErrorTest extends JsRuntimeFixture {
    private static final String GAME = String.join("\n",
            "// protogame",
            "function step(state) {",
            "    if (state.speed > 3) {",
            "        throw new Error('boom');",
            "    }",
            "}",
            "function update(dt) {",
            "    step({speed: dt});",
            "}",
            "");

    private ScriptError failingUpdate() throws ScriptException {
        runtime.load(new ScriptSource("protogame/main.js", GAME));
        return assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(5.0))))
                .error();
    }

    @Test
    void shouldLocateAnExceptionInAHookAtItsFileLineAndColumn() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("js", error.language());
        assertEquals("protogame/main.js", error.file());
        assertEquals(4, error.line());
        assertEquals(15, error.column());
        assertEquals("step", error.function());
        assertEquals("Error: boom", error.message());
        assertNull(error.apiMethod());
    }

    @Test
    void shouldCarryTheScriptStackInnermostFirst() throws ScriptException {
        ScriptError error = failingUpdate();
        assertEquals("at step (protogame/main.js:4:15)\nat update (protogame/main.js:8:5)", error.scriptStack());
        assertTrue(error.format().startsWith("protogame/main.js:4:15: Error: boom"), error.format());
    }

    @Test
    void shouldLocateAnExceptionInTopLevelCodeWithAnEmptyFunctionName() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("var a = 1;\nthrow new Error('at load');")).error();
        assertEquals("main.js", error.file());
        assertEquals(2, error.line());
        assertEquals("", error.function());
        assertEquals("at main.js:2:7", error.scriptStack());
    }

    @Test
    void shouldLocateASyntaxErrorInLoad() {
        ScriptError error = assertThrows(ScriptException.class,
                () -> load("function update(dt) {\n    let x = ;\n}\n")).error();
        assertEquals("main.js", error.file());
        assertEquals(2, error.line());
        assertTrue(error.column() > 0, "column " + error.column());
        assertTrue(error.message().startsWith("SyntaxError: "), error.message());
        assertTrue(!error.message().contains("main.js"), error.message());
    }

    @Test
    void shouldReportAThrownNonErrorValue() {
        ScriptError error = assertThrows(ScriptException.class, () -> load("\nthrow 'plain string';")).error();
        assertEquals("plain string", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldReportAHostExceptionWithItsMessageAndKeepItAsTheCause() throws ScriptException {
        load("function update() {\n    calc.bug();\n}");
        ScriptException thrown = assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertEquals("java.lang.IllegalStateException: calc.bug: internal failure x=42", thrown.error().message());
        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertEquals(2, thrown.error().line());
        assertEquals("update", thrown.error().function());
    }

    @Test
    void shouldReportAnExceptionInACallbackCalledByTheEngine() throws ScriptException {
        eval("calc.record(function onHit(n) {\n    return n.missing.field;\n})");
        ScriptValue.Callable callback = (ScriptValue.Callable) calc.recorded().get(0);
        ScriptError error = assertThrows(ScriptException.class,
                () -> callback.function().call(List.of(ScriptValue.of(1.0)))).error();
        assertEquals("eval.js", error.file());
        assertEquals(3, error.line());
        assertEquals("onHit", error.function());
        assertTrue(error.message().startsWith("TypeError: "), error.message());
    }

    @Test
    void shouldFailToCallAMissingFunction() {
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("init", List.of())).error();
        assertEquals("call: name=init is not a global function of the loaded script", error.message());
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
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of()));
        assertThrows(ScriptException.class, () -> load("1"));
    }
}
