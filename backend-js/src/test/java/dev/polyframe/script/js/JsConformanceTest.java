package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BackendConformanceKit;

/** Runs the backend conformance kit against the JavaScript backend, sharing the test engine. */
class JsConformanceTest extends BackendConformanceKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
