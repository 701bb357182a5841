package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BackendConformanceKit;

/** Runs the backend conformance kit against the Lua backend in interpreter mode (the fallback without BCEL). */
class LuaInterpreterConformanceTest extends BackendConformanceKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(false);
    }
}
