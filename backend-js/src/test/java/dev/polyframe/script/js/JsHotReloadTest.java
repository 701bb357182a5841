package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.HotReloadKit;

/** Runs the hot-reload kit against the JavaScript backend, sharing the test engine. */
class JsHotReloadTest extends HotReloadKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
