package dev.polyframe.script.lua;

/** {@link LuaApiErrorTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaApiErrorInterpreterTest extends LuaApiErrorTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
