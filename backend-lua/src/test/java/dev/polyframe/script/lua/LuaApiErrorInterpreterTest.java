package dev.polyframe.script.lua;

/** {@link LuaApiErrorTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaApiErrorInterpreterTest extends LuaApiErrorTest {

    @Override
    LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
