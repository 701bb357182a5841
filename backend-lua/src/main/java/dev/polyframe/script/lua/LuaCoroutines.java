package dev.polyframe.script.lua;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaThread;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Ends the Java threads of suspended coroutines. LuaJ 3.0.1 runs every coroutine that has started on its own
 * (non-daemon) Java thread; the thread ends when the coroutine finishes, or, once the coroutine is unreachable and
 * garbage collected, up to 5 s later (LuaJ's orphan check). This class replaces {@code coroutine.yield} to note which
 * coroutines are suspended (weakly, so it changes nothing about collection), and {@link #stop} resumes one with a
 * private signal that makes its {@code yield} throw {@link Stopped}: an {@link Error}, which neither {@code pcall} nor
 * LuaJ catch, so the coroutine unwinds and its thread has run to its end when {@code stop} returns.
 *
 * <p>Threads: {@link #stop} and {@link #stopAll} on the script worker; the yield function on coroutine threads, which
 * run only while the worker waits for them (LuaJ hands control over with monitor wait/notify).
 */
final class LuaCoroutines {
    /** Thrown inside a stopped coroutine. */
    static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("coroutine stopped: the Lua runtime is closing or abandoned it", null, false, false);
        }
    }

    private final Globals globals;
    private final Set<LuaThread> suspended =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final LuaValue stopSignal = new LuaUserdata(new Object());

    /** Replaces {@code coroutine.yield} in the globals. */
    LuaCoroutines(Globals globals) {
        this.globals = globals;
        globals.get("coroutine").set("yield", new LuaLambda("yield", this::yield));
    }

    /** {@code coroutine.yield(...)}: LuaJ's, noting the coroutine as suspended until it is resumed. */
    private Varargs yield(Varargs values) {
        LuaThread self = globals.running;
        suspended.add(self);
        Varargs resumed;
        try {
            resumed = globals.yield(values);
        } finally {
            suspended.remove(self);
        }
        if (resumed.narg() > 0 && resumed.arg1() == stopSignal) {
            throw new Stopped();
        }
        return resumed;
    }

    /** Ends a coroutine suspended in {@code coroutine.yield}, and its thread; does nothing to any other. */
    void stop(LuaThread coroutine) {
        if (suspended.contains(coroutine)) {
            coroutine.resume(stopSignal);
        }
    }

    /** @return how many suspended coroutines were stopped, each with its thread */
    int stopAll() {
        List<LuaThread> threads;
        synchronized (suspended) {
            threads = new ArrayList<>(suspended);
        }
        threads.forEach(this::stop);
        return threads.size();
    }
}
