package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.RobustnessKit;

/** Runs the robustness kit (error model, watchdog, exception storm) against the JavaScript backend. */
class JsRobustnessTest extends RobustnessKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
