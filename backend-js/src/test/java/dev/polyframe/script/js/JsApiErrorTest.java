package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsApiErrorTest extends JsRuntimeFixture {

    /** @return {@code name|instanceof Error|message} of what {@code call} throws, or {@code "no error"} */
    private ScriptValue caught(String call) throws ScriptException {
        return eval("(() => { try { " + call + "; return 'no error'; } catch (e) {"
                + " return e.name + '|' + (e instanceof Error) + '|' + e.message; } })()");
    }

    @Test
    void shouldThrowACatchableTypeErrorNamingMethodParameterAndValue() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError|true|calc.add: b=\"x\" must be a number"), caught("calc.add(1, 'x')"));
    }

    @Test
    void shouldThrowTypeErrorForWrongArity() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError|true|calc.add: missing argument b (expected (a, b), got 1 arguments)"),
                caught("calc.add(1)"));
    }

    @Test
    void shouldMakeTheErrorAnInstanceOfTheNativeTypeErrorClass() throws ScriptException {
        assertEquals(ScriptValue.TRUE, eval("(() => { try { calc.add(1, 'x'); } catch (e) {"
                + " return e instanceof TypeError && !(e instanceof RangeError); } })()"));
    }

    @Test
    void shouldThrowRangeErrorForNan() throws ScriptException {
        assertEquals(ScriptValue.of("RangeError|true|calc.add: a=NaN must be a finite number"),
                caught("calc.add(NaN, 1)"));
        assertEquals(ScriptValue.of("RangeError|true|calc.move: position=[1, NaN, 3] must contain only finite numbers"),
                caught("calc.move([1, NaN, 3])"));
    }

    @Test
    void shouldThrowPlainErrorForABadHandle() throws ScriptException {
        assertEquals(ScriptValue.of("Error|true|calc.find: handle=1.5 is not a valid handle"),
                caught("calc.find(1.5)"));
    }

    @Test
    void shouldThrowPlainErrorWhenTheQueueIsFull() throws ScriptException {
        assertEquals(ScriptValue.of("Error|true|calc.push: command queue is full (capacity=4); retry next frame"),
                caught("calc.push()"));
    }

    @Test
    void shouldReportAnUncaughtApiErrorAtTheScriptsCallWithTheApiMethod() throws ScriptException {
        load("function update(dt) {\n    calc.move([0, 'up', 0]);\n}\n");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals("main.js", error.file());
        assertEquals(2, error.line());
        assertEquals(5, error.column());
        assertEquals("update", error.function());
        assertEquals("calc.move", error.apiMethod());
        assertEquals("TypeError: calc.move: position=[0, \"up\", 0] must be an array [x, y, z] of 3 numbers",
                error.message());
        assertEquals("at update (main.js:2:5)", error.scriptStack());
    }

    @Test
    void shouldLeaveApiMethodNullForAScriptsOwnError() throws ScriptException {
        load("function update() { throw new TypeError('calc.add: not from the API'); }");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertEquals(null, error.apiMethod());
    }

    @Test
    void shouldKeepWorkingAfterAnApiError() throws ScriptException {
        load("function update(dt) { return calc.add(dt, 'x'); }\nfunction ok(dt) { return calc.add(dt, 1); }");
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(1.0))));
        assertEquals(ScriptValue.of(3.0), runtime.call("ok", List.of(ScriptValue.of(2.0))));
    }
}
