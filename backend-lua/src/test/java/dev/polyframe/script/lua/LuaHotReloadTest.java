package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.HotReloadKit;

/** Runs the hot-reload kit against the Lua backend (LuaJC). */
class LuaHotReloadTest extends HotReloadKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }
}
