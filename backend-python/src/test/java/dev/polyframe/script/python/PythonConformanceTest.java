package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BackendConformanceKit;

/** Runs the backend conformance kit against the Python backend, sharing the test engine. */
class PythonConformanceTest extends BackendConformanceKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
