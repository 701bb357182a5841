package dev.polyframe.script.lua;

/** {@link LuaRuntimeBindingTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaRuntimeBindingInterpreterTest extends LuaRuntimeBindingTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
