package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.RobustnessKit;

/**
 * Runs the robustness kit (error model, watchdog, exception storm) against the JavaScript backend. Under the Graal JIT
 * (the test default) an interrupt that lands in compiled code is located at the running function's first line, not
 * at the loop; interpreted GraalJS locates the loop's line.
 */
class JsRobustnessTest extends RobustnessKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected boolean locatesInterruptedLine() {
        return false;
    }
}
