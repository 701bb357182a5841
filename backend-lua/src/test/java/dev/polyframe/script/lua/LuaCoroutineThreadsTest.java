package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each started LuaJ coroutine runs on a Java thread named {@code Coroutine-N}: none may outlive its use. */
class LuaCoroutineThreadsTest extends LuaRuntimeFixture {
    private final Set<Thread> before = new HashSet<>();

    @BeforeEach
    void rememberThreads() {
        before.addAll(coroutineThreads());
    }

    private static Set<Thread> coroutineThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("Coroutine-")) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** @return the coroutine threads started since the test began that are alive now */
    private Set<Thread> started() {
        Set<Thread> started = coroutineThreads();
        started.removeAll(before);
        return started;
    }

    /** Joins (no sleep) each thread; fails if one is still alive after 10 s. */
    private static void assertEnded(Set<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(10_000);
            assertFalse(thread.isAlive(), thread.getName() + " is still alive");
        }
    }

    @Test
    void shouldEndTheThreadOfAFinishedTask() throws ScriptException, InterruptedException {
        load("task = polyframe.spawn(function() return polyframe.await(calc.later()) end)");
        Set<Thread> threads = started();
        assertEquals(1, threads.size());

        calc.lastPending().resolve(ScriptValue.of(1.0));

        assertEquals(ScriptValue.of("dead"), eval("coroutine.status(task)"));
        assertEnded(threads);
    }

    @Test
    void shouldEndTheThreadOfAFinishedScriptCoroutine() throws ScriptException, InterruptedException {
        load("co = coroutine.wrap(function(a)\n    local b = coroutine.yield(a + 1)\n    return b * 3\nend)\n"
                + "first = co(1)");
        Set<Thread> threads = started();
        assertEquals(1, threads.size());

        assertEquals(ScriptValue.of(6.0), eval("co(2)"));

        assertEnded(threads);
    }

    @Test
    void shouldStopSuspendedCoroutinesAndTasksOnClose() throws ScriptException, InterruptedException {
        load("suspended = coroutine.create(function()\n    pcall(coroutine.yield)\n    error('must not resume')\nend)\n"
                + "coroutine.resume(suspended)\n"
                + "polyframe.spawn(function() polyframe.await(calc.later()) end)");
        Set<Thread> threads = started();
        assertEquals(2, threads.size());

        runtime.close();

        assertEnded(threads);
        calc.lastPending().resolve(ScriptValue.of(1.0));
    }
}
