package dev.polyframe.script.lua;

import java.util.List;
import org.luaj.vm2.lib.DebugLib;

/**
 * The stack of interpreted Lua code, as LuaJ's {@code DebugLib} tracks it: the library is installed on the runtime's
 * globals (its {@code debug} table is not visible to scripts) and hooks every call and instruction, which makes the
 * interpreter about 3.5 times slower (README.md). Levels count Lua functions and the Java functions LuaJ registers
 * ({@code pcall}); a level that is a Java function has no position.
 *
 * <p>Threads: the runtime's script worker and its coroutine threads; each coroutine has its own call stack.
 */
final class InterpretedStack implements LuaStack {
    private final DebugLib debug;

    /** @param debug the {@code DebugLib} installed on the runtime's globals */
    InterpretedStack(DebugLib debug) {
        this.debug = debug;
    }

    @Override
    public LuaFrame caller(int level) {
        return LuaTraceback.first(debug.traceback(level));
    }

    /** Reads the traceback the interpreter attached to the error when it was raised. */
    @Override
    public List<LuaFrame> frames(Throwable raised) {
        String text = raised instanceof PositionedLuaError positioned ? positioned.traceback() : raised.getMessage();
        return text == null ? List.of() : LuaTraceback.frames(text);
    }
}
