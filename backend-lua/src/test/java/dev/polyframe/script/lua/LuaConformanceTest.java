package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BackendConformanceKit;

/** Runs the backend conformance kit against the Lua backend with LuaJC, the default mode. */
class LuaConformanceTest extends BackendConformanceKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }
}
