package dev.polyframe.script.lua;

/**
 * One active Lua function on a script's stack, as errors report it. Immutable; any thread.
 *
 * @param file the chunk name the script was loaded under, for example {@code "main.lua"}
 * @param line 1-based line the function is executing
 * @param function the function's name; {@code ""} for a chunk's top level; {@link #ANONYMOUS} when LuaJ knows none
 */
record LuaFrame(String file, int line, String function) {
    /** The name of a function LuaJ knows no name for. */
    static final String ANONYMOUS = "<anonymous>";

    /** @return {@code file:line}, the prefix Lua puts in front of error messages */
    String position() {
        return file + ":" + line;
    }

    /** @return the frame as a line of a Lua traceback: {@code main.lua:4: in function 'step'} */
    String traceLine() {
        String what;
        if (function.isEmpty()) {
            what = "main chunk";
        } else if (anonymous()) {
            what = "function " + ANONYMOUS;
        } else {
            what = "function '" + function + "'";
        }
        return position() + ": in " + what;
    }

    /** @return whether LuaJ knows no name for the function */
    boolean anonymous() {
        return ANONYMOUS.equals(function);
    }

    /** @return this frame with another function name */
    LuaFrame named(String name) {
        return new LuaFrame(file, line, name);
    }
}
