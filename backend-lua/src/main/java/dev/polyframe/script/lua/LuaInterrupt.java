package dev.polyframe.script.lua;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * The watchdog's interrupt for one Lua runtime. LuaJ has no {@code Context.interrupt}: the watchdog thread sets a
 * flag, and the script's own thread checks it
 * <ul>
 *   <li>before every VM instruction in {@link LuaMode#INTERPRETER} mode ({@link Hook}, the {@code DebugLib} the
 *       interpreter calls for each instruction): any loop stops;</li>
 *   <li>at every call of an engine function ({@link HostFunction}) in both modes. LuaJC-compiled code calls no
 *       hook, so in {@link LuaMode#LUAJC} mode a loop that never calls the engine cannot be stopped (the watchdog
 *       then reports the script stuck; the main thread goes on).</li>
 * </ul>
 * While the flag is set every check raises again, so {@code pcall} cannot swallow the interrupt; the worker clears it
 * at the start of the next script frame.
 *
 * <p>Threads: {@link #request()} from the watchdog thread, the checks on the thread running Lua code (the worker or a
 * coroutine thread), {@link #reset()} on the worker.
 */
final class LuaInterrupt {
    /** The message of the error an interrupt raises. */
    static final String MESSAGE = "interrupted by the watchdog";

    private volatile boolean requested;

    /** Asks the running Lua code to stop. Any thread. */
    void request() {
        requested = true;
    }

    /** Forgets a request. Worker thread. */
    void reset() {
        requested = false;
    }

    /** @throws LuaError when an interrupt is requested */
    void check() {
        if (requested) {
            throw new LuaError(MESSAGE);
        }
    }

    /** LuaJ's {@code DebugLib} (kept for error positions) plus the interrupt check before each instruction. */
    static final class Hook extends DebugLib {
        private final LuaInterrupt interrupt;

        Hook(LuaInterrupt interrupt) {
            this.interrupt = interrupt;
        }

        @Override
        public void onInstruction(int pc, Varargs v, int top) {
            super.onInstruction(pc, v, top);
            interrupt.check();
        }
    }
}
