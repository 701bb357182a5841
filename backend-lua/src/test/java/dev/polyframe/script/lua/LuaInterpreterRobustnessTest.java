package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.RobustnessKit;

/** Runs the robustness kit against the Lua backend in interpreter mode, where even a loop calling nothing stops. */
class LuaInterpreterRobustnessTest extends RobustnessKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(false);
    }

    @Override
    protected boolean reportsColumns() {
        return false;
    }
}
