package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaDeferredTest extends LuaRuntimeFixture {

    private ScriptValue log() throws ScriptException {
        return eval("table.concat(log, ' ')");
    }

    @Test
    void shouldReturnAPendingUserdataForADeferredResult() throws ScriptException {
        assertEquals(ScriptValue.of("userdata pending: calc.later"),
                run("    local p = calc.later()\n    return type(p) .. ' ' .. tostring(p)"));
    }

    @Test
    void shouldCallATrailingCallbackWithValueAndNilError() throws ScriptException {
        load("log = {}\ncalc.later('t', function(v, err) log[#log + 1] = 'cb ' .. tostring(v) .. ' ' .. tostring(err)"
                + " end)");

        calc.lastPending().resolve(ScriptValue.of(9.0));

        assertEquals(ScriptValue.of("cb 9 nil"), log());
    }

    @Test
    void shouldCallATrailingCallbackWithTheError() throws ScriptException {
        load("log = {}\ncalc.later('t', function(v, err) log[#log + 1] = 'cb ' .. tostring(v) .. ' ' .. tostring(err)"
                + " end)");

        calc.lastPending().reject("calc.later: reset");

        assertEquals(ScriptValue.of("cb nil calc.later: reset"), log());
    }

    @Test
    void shouldRunNextCallbacksWhenTheDeferredSettles() throws ScriptException {
        load("log = {}\ncalc.later():next(function(v, err) log[#log + 1] = 'next ' .. v[1] + v[2] end)\n"
                + "log[#log + 1] = 'sync'");
        assertEquals(ScriptValue.of("sync"), log());

        calc.lastPending().resolve(ScriptValue.fromJava(List.of(1, 2)));

        assertEquals(ScriptValue.of("sync next 3"), log());
    }

    @Test
    void shouldRunNextAtOnceWhenAlreadySettled() throws ScriptException {
        load("log = {}\np = calc.later()");
        calc.lastPending().reject("calc.later: gone");

        load("p:next(function(v, err) log[#log + 1] = 'late ' .. tostring(v) .. ' ' .. err end)");

        assertEquals(ScriptValue.of("late nil calc.later: gone"), log());
    }

    @Test
    void shouldResumeASpawnedTaskWhenTheAwaitedResultResolves() throws ScriptException {
        load("log = {}\nfunction init()\n    polyframe.spawn(function()\n"
                + "        local v = polyframe.await(calc.later())\n"
                + "        log[#log + 1] = 'awaited ' .. v\n    end)\n    log[#log + 1] = 'spawned'\nend");
        runtime.call("init", List.of());
        assertEquals(ScriptValue.of("spawned"), log());

        calc.lastPending().resolve(ScriptValue.of("ready"));

        assertEquals(ScriptValue.of("spawned awaited ready"), log());
    }

    @Test
    void shouldAwaitSeveralResultsInOneTaskAndPassSpawnArguments() throws ScriptException {
        load("log = {}\ntask = polyframe.spawn(function(a, b)\n    local x = polyframe.await(calc.later())\n"
                + "    local y = polyframe.await(calc.later())\n    log[#log + 1] = a + b + x + y\nend, 1, 2)\n"
                + "log[#log + 1] = coroutine.status(task)");

        calc.pending().get(0).resolve(ScriptValue.of(10.0));
        calc.pending().get(1).resolve(ScriptValue.of(100.0));

        assertEquals(ScriptValue.of("suspended 113 dead"),
                eval("table.concat(log, ' ') .. ' ' .. coroutine.status(task)"));
    }

    @Test
    void shouldReturnAtOnceWhenTheAwaitedResultIsAlreadySettled() throws ScriptException {
        load("log = {}\np = calc.later()");
        calc.lastPending().resolve(ScriptValue.of(1.0));

        load("task = polyframe.spawn(function() log[#log + 1] = 'got ' .. polyframe.await(p) end)");

        assertEquals(ScriptValue.of("got 1 dead"), eval("table.concat(log, ' ') .. ' ' .. coroutine.status(task)"));
    }

    @Test
    void shouldRaiseTheRejectionInsideTheTaskAtTheAwait() throws ScriptException {
        load("log = {}\npolyframe.spawn(function()\n    local ok, err = pcall(function()\n"
                + "        local value = polyframe.await(calc.later())\n        return value\n    end)\n"
                + "    log[#log + 1] = err\nend)");

        calc.lastPending().reject("calc.later: entity 7 was destroyed");

        assertEquals(ScriptValue.of("main.lua:4: calc.later: entity 7 was destroyed"), log());
    }

    @Test
    void shouldReportAnUncaughtRejectionInATaskFromTheSettlement() throws ScriptException {
        load("polyframe.spawn(function()\n    polyframe.await(calc.later())\nend)");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().reject("calc.later: entity 3 was destroyed")).error();

        assertEquals("calc.later: entity 3 was destroyed", error.message());
        assertEquals("main.lua", error.file());
        assertEquals(2, error.line());
    }

    @Test
    void shouldReportAnErrorAfterResumptionWithItsLine() throws ScriptException {
        load("function init()\n    polyframe.spawn(function()\n        local v = polyframe.await(calc.later())\n"
                + "        error('bad value ' .. v)\n    end)\nend");
        runtime.call("init", List.of());

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(3.0))).error();

        assertEquals("bad value 3", error.message());
        assertEquals("main.lua", error.file());
        assertEquals(4, error.line());
        assertEquals("main.lua:4: in function <anonymous>", error.scriptStack());
    }

    @Test
    void shouldRaiseAnErrorOfTheFirstRunAtTheSpawnCall() throws ScriptException {
        load("function init()\n    polyframe.spawn(function()\n        error('early')\n    end)\nend");

        ScriptError error = assertThrows(ScriptException.class, () -> runtime.call("init", List.of())).error();

        assertEquals("early", error.message());
        assertEquals(3, error.line());
        assertEquals("false|eval.lua:2: early", caught("polyframe.spawn(function() error('early') end)"));
    }

    @Test
    void shouldRefuseAwaitOutsideATask() throws ScriptException {
        assertEquals("false|eval.lua:2: polyframe.await: not inside a task; wrap the code in"
                + " polyframe.spawn(function() ... end) or pass a callback: calc.later(..., function(value, err) end)",
                caught("polyframe.await(calc.later())"));
    }

    @Test
    void shouldRefuseToAwaitSomethingNotPending() throws ScriptException {
        assertEquals("false|eval.lua:2: polyframe.await: pending=42 is not a pending result (deferred API methods"
                + " such as entity.ready return one)", caught("polyframe.await(42)"));
    }

    @Test
    void shouldStopATaskThatYieldsOutsideAwait() throws ScriptException {
        assertEquals("false|polyframe.spawn: the task yielded 1; a task may suspend only in polyframe.await",
                caught("polyframe.spawn(function() coroutine.yield(1) end)"));
    }

    @Test
    void shouldSurfaceAnErrorInANextCallbackAsAScriptException() throws ScriptException {
        load("calc.later():next(function(v)\n    error('next failed ' .. v)\nend)");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(5.0))).error();

        assertEquals("next failed 5", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldSurfaceAnErrorInATrailingCallbackAsAScriptException() throws ScriptException {
        load("calc.later('t', function(v, err)\n    error('callback failed')\nend)");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(3.0))).error();

        assertEquals("callback failed", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldPassAPendingResultBackToTheEngine() throws ScriptException {
        run("    calc.record(calc.later())");
        assertEquals(new ScriptValue.Pending(calc.lastPending()), calc.recorded().get(0));
    }

    @Test
    void shouldIgnoreASettlementAfterClose() throws ScriptException {
        load("polyframe.spawn(function()\n    polyframe.await(calc.later())\n    error('must not run')\nend)\n"
                + "calc.later():next(function() error('must not run') end)");
        runtime.close();

        calc.pending().get(0).resolve(ScriptValue.of(1.0));
        calc.pending().get(1).resolve(ScriptValue.of(1.0));

        assertEquals(false, runtime.hasFunction("update"));
    }
}
