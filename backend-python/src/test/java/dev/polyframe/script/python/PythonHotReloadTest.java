package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.HotReloadKit;

/** Runs the hot-reload kit against the Python backend, sharing the test engine. */
class PythonHotReloadTest extends HotReloadKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
