package dev.polyframe.script.lua;

/** {@link LuaDeferredTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaDeferredInterpreterTest extends LuaDeferredTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
