package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonDeferredTest extends PythonRuntimeFixture {

    private ScriptValue log() throws ScriptException {
        return eval("' | '.join(log)");
    }

    @Test
    void shouldReturnAnUnsettledPendingForADeferredResult() throws ScriptException {
        assertEquals(ScriptValue.of("True False <Pending calc.later pending>"),
                eval("(lambda p: f'{isinstance(p, polyframe.Pending)} {p.done()} {p!r}')(calc.later())"));
    }

    @Test
    void shouldRaiseFromResultBeforeTheResultSettles() throws ScriptException {
        load("p = calc.later()\ndef probe():\n    try:\n        p.result()\n    except RuntimeError as e:\n"
                + "        return str(e)\n");
        assertEquals(ScriptValue.of("calc.later: the result is not ready yet; check done(), add a callback or await"
                + " it"), runtime.call("probe", List.of()));
    }

    @Test
    void shouldCallDoneCallbacksWhenTheDeferredResolves() throws ScriptException {
        load("log = []\np = calc.later()\np.add_done_callback(lambda p: log.append(f'done {p.result()!r}'))\n"
                + "log.append('sync')\n");
        assertEquals(ScriptValue.of("sync"), log());

        calc.lastPending().resolve(ScriptValue.fromJava(List.of(1, 2)));

        assertEquals(ScriptValue.of("sync | done [1, 2]"), log());
    }

    @Test
    void shouldCallADoneCallbackAtOnceWhenAlreadySettled() throws ScriptException {
        load("log = []\np = calc.later()\n");
        calc.lastPending().resolve(ScriptValue.of(1.0));

        load("p.add_done_callback(lambda p: log.append(f'late {p.result()}'))\n");

        assertEquals(ScriptValue.of("late 1"), log());
    }

    @Test
    void shouldRaiseADeferredErrorWithTheRejectionMessageFromResult() throws ScriptException {
        load("log = []\ndef on_done(p):\n    try:\n        p.result()\n    except polyframe.DeferredError as e:\n"
                + "        log.append(f'{isinstance(e, RuntimeError)} {e}')\n"
                + "calc.later().add_done_callback(on_done)\n");

        calc.lastPending().reject("calc.later: entity 7 was destroyed");

        assertEquals(ScriptValue.of("True calc.later: entity 7 was destroyed"), log());
    }

    @Test
    void shouldCallATrailingCallbackWithValueAndNoneError() throws ScriptException {
        load("log = []\ncalc.later('t', lambda value, err: log.append(f'cb {value} {err}'))\n");

        calc.lastPending().resolve(ScriptValue.of(9.0));

        assertEquals(ScriptValue.of("cb 9 None"), log());
    }

    @Test
    void shouldCallATrailingCallbackWithTheRejectionMessage() throws ScriptException {
        load("log = []\ncalc.later('t', lambda value, err: log.append(f'cb {value} {err}'))\n");

        calc.lastPending().reject("calc.later: reset");

        assertEquals(ScriptValue.of("cb None calc.later: reset"), log());
    }

    @Test
    void shouldResumeASpawnedCoroutineWhenTheAwaitedResultResolves() throws ScriptException {
        load("log = []\nasync def show():\n    value = await calc.later()\n    log.append(f'awaited {value}')\n"
                + "polyframe.spawn(show())\nlog.append('spawned')\n");
        assertEquals(ScriptValue.of("spawned"), log());

        calc.lastPending().resolve(ScriptValue.of("ready"));

        assertEquals(ScriptValue.of("spawned | awaited ready"), log());
    }

    @Test
    void shouldResumeACoroutineAcrossSeveralAwaits() throws ScriptException {
        load("log = []\nasync def wait_for(tag):\n    return await calc.later(tag)\n"
                + "async def show():\n    a = await wait_for('a')\n    log.append(f'a={a}')\n"
                + "    b = await calc.later('b')\n    log.append(f'b={b}')\npolyframe.spawn(show())\n");

        calc.pending().get(0).resolve(ScriptValue.of(1.0));
        calc.pending().get(1).resolve(ScriptValue.of(2.0));

        assertEquals(ScriptValue.of("a=1 | b=2"), log());
    }

    @Test
    void shouldNotSuspendWhenAwaitingASettledResult() throws ScriptException {
        load("log = []\np = calc.later()\n");
        calc.lastPending().resolve(ScriptValue.of(5.0));

        load("async def show():\n    log.append(f'got {await p}')\npolyframe.spawn(show())\n");

        assertEquals(ScriptValue.of("got 5"), log());
    }

    @Test
    void shouldRaiseTheRejectionInsideTheAwaitingCoroutine() throws ScriptException {
        load("log = []\nasync def show():\n    try:\n        await calc.later()\n"
                + "    except polyframe.DeferredError as e:\n        log.append(f'rejected: {e}')\n"
                + "polyframe.spawn(show())\n");

        calc.lastPending().reject("calc.later: entity 7 was destroyed");

        assertEquals(ScriptValue.of("rejected: calc.later: entity 7 was destroyed"), log());
    }

    @Test
    void shouldReportAnExceptionInAResumedCoroutineWithItsLine() throws ScriptException {
        load("async def show():\n    value = await calc.later()\n    raise ValueError(f'bad value {value}')\n"
                + "polyframe.spawn(show())\n");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(3.0))).error();

        assertEquals("ValueError: bad value 3", error.message());
        assertEquals("main.py", error.file());
        assertEquals(3, error.line());
        assertEquals(5, error.column());
        assertEquals("show", error.function());
        assertEquals("File \"main.py\", line 3, in show", error.scriptStack());
    }

    @Test
    void shouldReportARejectionNobodyCatchesAtTheAwait() throws ScriptException {
        load("async def show():\n    await calc.later()\npolyframe.spawn(show())\n");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().reject("calc.later: entity 3 was destroyed")).error();

        assertEquals("DeferredError: calc.later: entity 3 was destroyed", error.message());
        assertEquals(2, error.line());
    }

    @Test
    void shouldRunEveryCallbackAndReportTheFirstFailure() throws ScriptException {
        load("log = []\np = calc.later()\np.add_done_callback(lambda p: 1 / 0)\n"
                + "p.add_done_callback(lambda p: log.append('second ran'))\n");

        ScriptError error = assertThrows(ScriptException.class,
                () -> calc.lastPending().resolve(ScriptValue.of(1.0))).error();

        assertEquals("ZeroDivisionError: division by zero", error.message());
        assertEquals(3, error.line());
        assertEquals(ScriptValue.of("second ran"), log());
    }

    @Test
    void shouldSpawnTheCoroutineOfAnAsyncHook() throws ScriptException {
        load("log = []\nasync def init():\n    value = await calc.later()\n    log.append(f'init got {value}')\n");

        assertEquals(ScriptValue.NIL, runtime.call("init", List.of()));
        calc.lastPending().resolve(ScriptValue.of("ok"));

        assertEquals(ScriptValue.of("init got ok"), log());
    }

    @Test
    void shouldRaiseAnExceptionOfTheFirstStepToTheCallerOfSpawn() throws ScriptException {
        load("async def show():\n    raise ValueError('first step')\n\ndef update(dt):\n    polyframe.spawn(show())\n");

        ScriptError error = assertThrows(ScriptException.class,
                () -> runtime.call("update", List.of(ScriptValue.of(0.016)))).error();

        assertEquals("ValueError: first step", error.message());
        assertEquals(2, error.line());
        assertEquals(5, error.column());
        assertEquals("File \"main.py\", line 2, in show\nFile \"main.py\", line 5, in update", error.scriptStack());
    }

    @Test
    void shouldRefuseToSpawnWhatIsNoCoroutine() throws ScriptException {
        load("def probe():\n    try:\n        polyframe.spawn(42)\n    except TypeError as e:\n"
                + "        return str(e)\n");
        assertEquals(ScriptValue.of("polyframe.spawn: coroutine=42 must be a coroutine object, for example"
                + " spawn(show()) for async def show()"), runtime.call("probe", List.of()));
    }

    @Test
    void shouldRaiseInsideACoroutineThatAwaitsSomethingElse() throws ScriptException {
        load("log = []\nclass Foreign:\n    def __await__(self):\n        yield 'tick'\n"
                + "async def show():\n    try:\n        await Foreign()\n    except TypeError as e:\n"
                + "        log.append(str(e))\npolyframe.spawn(show())\n");
        assertEquals(ScriptValue.of("polyframe.spawn: a coroutine can only await Polyframe results (Pending), not"
                + " 'tick'"), log());
    }

    @Test
    void shouldIgnoreASettlementAfterClose() throws ScriptException {
        load("calc.later().add_done_callback(lambda p: 1 / 0)\n");
        runtime.close();

        calc.lastPending().resolve(ScriptValue.of(1.0));

        assertFalse(runtime.hasFunction("update"));
    }
}
