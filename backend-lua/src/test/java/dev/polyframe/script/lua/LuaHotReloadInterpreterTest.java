package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;

/** {@link LuaHotReloadTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaHotReloadInterpreterTest extends LuaHotReloadTest {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(false);
    }
}
