package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonApiErrorTest extends PythonRuntimeFixture {

    /** @return {@code ExceptionType|message} of what {@code statement} raises, or {@code "no error"} */
    private ScriptValue caught(String statement) throws ScriptException {
        load("def probe():\n    try:\n        " + statement + "\n        return 'no error'\n"
                + "    except Exception as e:\n        return type(e).__name__ + '|' + str(e)\n");
        return runtime.call("probe", List.of());
    }

    @Test
    void shouldRaiseACatchableTypeErrorNamingMethodParameterAndValue() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError|calc.add: b=\"x\" must be a number"), caught("calc.add(1, 'x')"));
    }

    @Test
    void shouldRaiseTypeErrorForWrongArity() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError|calc.add: missing argument b (expected (a, b), got 1 arguments)"),
                caught("calc.add(1)"));
    }

    @Test
    void shouldRaisePythonsOwnTypeErrorForKeywordArguments() throws ScriptException {
        ScriptValue raised = caught("calc.add(1, b=2)");
        assertEquals("TypeError|", ((ScriptValue.Str) raised).value().substring(0, "TypeError|".length()));
    }

    @Test
    void shouldRaiseExactlyTheNativeExceptionClass() throws ScriptException {
        load("def probe():\n    try:\n        calc.add(1, 'x')\n    except ValueError:\n        return 'value'\n"
                + "    except TypeError as e:\n        return type(e) is TypeError\n");
        assertEquals(ScriptValue.TRUE, runtime.call("probe", List.of()));
    }

    @Test
    void shouldRaiseValueErrorForNan() throws ScriptException {
        assertEquals(ScriptValue.of("ValueError|calc.add: a=NaN must be a finite number"),
                caught("calc.add(float('nan'), 1)"));
        assertEquals(ScriptValue.of("ValueError|calc.move: position=[1, NaN, 3] must contain only finite numbers"),
                caught("calc.move([1, float('nan'), 3])"));
    }

    @Test
    void shouldRaiseValueErrorForABadHandle() throws ScriptException {
        assertEquals(ScriptValue.of("ValueError|calc.find: handle=1.5 is not a valid handle"),
                caught("calc.find(1.5)"));
    }

    @Test
    void shouldRaiseRuntimeErrorWhenTheQueueIsFull() throws ScriptException {
        assertEquals(ScriptValue.of("RuntimeError|calc.push: command queue is full (capacity=4); retry next frame"),
                caught("calc.push()"));
    }

    @Test
    void shouldReportAnUncaughtApiErrorAtTheScriptsCallWithTheApiMethod() throws ScriptException {
        load("def update(dt):\n    calc.move([0, 'up', 0])\n");
        ScriptError error = assertThrows(ScriptException.class,
                () -> runtime.call("update", List.of(ScriptValue.of(0.016)))).error();
        assertEquals("main.py", error.file());
        assertEquals(2, error.line());
        assertEquals(5, error.column());
        assertEquals("update", error.function());
        assertEquals("calc.move", error.apiMethod());
        assertEquals("TypeError: calc.move: position=[0, \"up\", 0] must be an array [x, y, z] of 3 numbers",
                error.message());
        assertEquals("File \"main.py\", line 2, in update", error.scriptStack());
    }

    @Test
    void shouldLeaveApiMethodNullForAScriptsOwnError() throws ScriptException {
        load("def update():\n    raise TypeError('calc.add: not from the API')\n");
        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();
        assertNull(error.apiMethod());
    }

    @Test
    void shouldKeepWorkingAfterAnApiError() throws ScriptException {
        load("def update(dt):\n    return calc.add(dt, 'x')\ndef ok(dt):\n    return calc.add(dt, 1)\n");
        assertThrows(ScriptException.class, () -> runtime.call("update", List.of(ScriptValue.of(1.0))));
        assertEquals(ScriptValue.of(3.0), runtime.call("ok", List.of(ScriptValue.of(2.0))));
    }
}
