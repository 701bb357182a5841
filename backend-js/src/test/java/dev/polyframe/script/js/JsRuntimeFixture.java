package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.ScriptRuntimeFixture;

/**
 * A fresh runtime of the shared test engine with {@code calc} bound, created on the test thread (which is then the
 * script worker) and closed after each test; {@code eval} runs a JS expression inside a function call.
 */
abstract class JsRuntimeFixture extends ScriptRuntimeFixture {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected String probeSource(String expression) {
        return "function " + PROBE + "() {\n    return (" + expression + ");\n}\n";
    }
}
