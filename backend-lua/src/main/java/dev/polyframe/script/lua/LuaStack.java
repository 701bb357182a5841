package dev.polyframe.script.lua;

import java.util.List;

/**
 * Where Lua code is on the stack: the position of a calling function (for {@code error(message, level)} and API
 * errors) and the frames an error was raised in (for {@link dev.polyframe.script.error.ScriptError}). Interpreted code
 * keeps this in LuaJ's {@code DebugLib} ({@link InterpretedStack}); code compiled by LuaJC keeps it in the JVM stack
 * ({@link CompiledStack}). Frames include the prelude's; callers filter them.
 *
 * <p>Threads: the runtime's script worker, and the coroutine threads it hands control to (one runs at a time).
 */
interface LuaStack {

    /**
     * @param level which Lua function, counted from the running Java function: 1 is the Lua function that called
     *     it, 2 that function's caller, and so on
     * @return that function's frame, or {@code null} when there is none at that level or it is not a Lua function
     */
    LuaFrame caller(int level);

    /**
     * @param raised what a Lua call threw
     * @return the Lua frames it was raised in, innermost first; empty when unknown
     */
    List<LuaFrame> frames(Throwable raised);

    /** Notes a chunk name before it is loaded, so frames can name it as given. */
    default void loaded(String chunkName) {
    }
}
