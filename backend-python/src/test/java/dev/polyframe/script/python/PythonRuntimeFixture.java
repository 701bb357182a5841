package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.ScriptRuntimeFixture;

/**
 * A fresh runtime of the shared test engine with {@code calc} bound, created on the test thread (which is then the
 * script worker) and closed after each test; {@code eval} runs a Python expression inside a function call.
 */
abstract class PythonRuntimeFixture extends ScriptRuntimeFixture {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected String probeName() {
        return "eval_probe";
    }

    @Override
    protected String probeSource(String expression) {
        return "def eval_probe():\n    return (" + expression + ")\n";
    }
}
