package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsPromiseTest extends JsRuntimeFixture {

    private ScriptValue log() throws ScriptException {
        return eval("log.join(' ')");
    }

    @Test
    void shouldReturnARealPromiseForADeferredResult() throws ScriptException {
        assertEquals(ScriptValue.TRUE, eval("calc.later() instanceof Promise"));
    }

    @Test
    void shouldRunThenCallbacksWhenTheDeferredResolves() throws ScriptException {
        load("var log = [];\ncalc.later().then(v => log.push('then ' + JSON.stringify(v)));\nlog.push('sync');");
        assertEquals(ScriptValue.of("sync"), log());

        calc.lastPending().resolve(ScriptValue.fromJava(List.of(1, 2)));

        assertEquals(ScriptValue.of("sync then [1,2]"), log());
    }

    @Test
    void shouldRunChainedReactionsBeforeResolveReturns() throws ScriptException {
        load("var log = [];\ncalc.later().then(v => v + 1).then(v => Promise.resolve(v * 10))"
                + ".then(v => log.push('got ' + v));");

        calc.lastPending().resolve(ScriptValue.of(4.0));

        assertEquals(ScriptValue.of("got 50"), log());
    }

    @Test
    void shouldRunAwaitContinuationsWhenTheDeferredResolves() throws ScriptException {
        load("var log = [];\nasync function init() { const v = await calc.later(); log.push('awaited ' + v); }");
        runtime.call("init", List.of());

        calc.lastPending().resolve(ScriptValue.of("ready"));

        assertEquals(ScriptValue.of("awaited ready"), log());
    }

    @Test
    void shouldRejectWithAnErrorCarryingTheMessage() throws ScriptException {
        load("var log = [];\ncalc.later().catch(e => log.push((e instanceof Error) + ' ' + e.message));");

        calc.lastPending().reject("calc.later: entity 7 was destroyed");

        assertEquals(ScriptValue.of("true calc.later: entity 7 was destroyed"), log());
    }

    @Test
    void shouldResolveAtOnceWhenAlreadySettled() throws ScriptException {
        load("var log = [];\nvar p = calc.later();");
        calc.lastPending().resolve(ScriptValue.of(1.0));

        load("p.then(v => log.push('late ' + v));");

        assertEquals(ScriptValue.of("late 1"), log());
    }

    @Test
    void shouldCallATrailingCallbackWithValueAndNullError() throws ScriptException {
        load("var log = [];\ncalc.later('t', (v, err) => log.push('cb ' + v + ' ' + err));");

        calc.lastPending().resolve(ScriptValue.of(9.0));

        assertEquals(ScriptValue.of("cb 9 null"), log());
    }

    @Test
    void shouldCallATrailingCallbackWithTheErrorWithoutReportingAnUnhandledRejection() throws ScriptException {
        load("var log = [];\ncalc.later('t', (v, err) => log.push('cb ' + v + ' ' + err));");

        calc.lastPending().reject("calc.later: reset");

        assertEquals(ScriptValue.of("cb null calc.later: reset"), log());
    }

    @Test
    void shouldSurfaceAnExceptionInAThenCallbackAsAScriptException() throws ScriptException {
        load("calc.later().then(v => {\n    throw new Error('bad value ' + v);\n});");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(3.0))).error();

        assertEquals("Error: bad value 3", error.message());
        assertEquals("main.js", error.file());
        assertEquals(2, error.line());
    }

    @Test
    void shouldSurfaceAnExceptionInATrailingCallbackAsAScriptException() throws ScriptException {
        load("calc.later('t', (v, err) => {\n    throw new RangeError('callback failed');\n});");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(3.0))).error();

        assertEquals("RangeError: callback failed", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldReportARejectionNobodyHandles() throws ScriptException {
        load("calc.later();");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().reject("calc.later: entity 3 was destroyed")).error();

        assertEquals("Error: calc.later: entity 3 was destroyed", error.message());
    }

    @Test
    void shouldReportAnUnhandledRejectionFromAHook() throws ScriptException {
        load("async function update() {\n    throw new Error('async boom');\n}");

        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("update", List.of())).error();

        assertEquals("Error: async boom", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldIgnoreASettlementAfterClose() throws ScriptException {
        load("calc.later().then(v => { throw new Error('must not run'); });");
        runtime.close();

        calc.lastPending().resolve(ScriptValue.of(1.0));

        assertEquals(false, runtime.hasFunction("update"));
    }
}
