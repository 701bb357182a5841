package dev.polyframe.script.lua;

/** {@link LuaCoroutineThreadsTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaCoroutineThreadsInterpreterTest extends LuaCoroutineThreadsTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
