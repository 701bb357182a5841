package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.RobustnessKit;

/**
 * Runs the robustness kit (error model, watchdog, exception storm) against the Python backend. GraalPy locates an
 * interrupted script only at the running function's first line (or the module's), not at the loop.
 */
class PythonRobustnessTest extends RobustnessKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected boolean locatesInterruptedLine() {
        return false;
    }
}
