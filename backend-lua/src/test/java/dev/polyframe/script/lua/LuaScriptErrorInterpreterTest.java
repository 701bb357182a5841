package dev.polyframe.script.lua;

/** {@link LuaScriptErrorTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaScriptErrorInterpreterTest extends LuaScriptErrorTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
