package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.RobustnessKit;

/**
 * Runs the robustness kit against the Lua backend in LuaJC mode. LuaJC-compiled code calls no instruction hook, so the
 * runaway scripts are the variants whose loops call an engine function (see {@code LuaInterrupt}).
 */
class LuaRobustnessTest extends RobustnessKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }

    @Override
    protected boolean interruptsPureLoops() {
        return false;
    }

    @Override
    protected boolean reportsColumns() {
        return false;
    }
}
