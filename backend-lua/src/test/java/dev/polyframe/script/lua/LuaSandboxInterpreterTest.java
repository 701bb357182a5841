package dev.polyframe.script.lua;

/** {@link LuaSandboxTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaSandboxInterpreterTest extends LuaSandboxTest {

    @Override
    protected LuaScriptBackend backend() {
        return INTERPRETER;
    }
}
