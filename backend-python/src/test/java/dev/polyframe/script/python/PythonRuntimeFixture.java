package dev.polyframe.script.python;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh runtime with {@code calc} bound, created on the test thread (which is then the script worker) and
 * closed after each test.
 */
abstract class PythonRuntimeFixture {
    CalcInterface calc;
    ScriptRuntime runtime;

    @BeforeEach
    void createRuntime() throws ScriptException {
        calc = new CalcInterface();
        runtime = SharedEngine.backend().createRuntime();
        runtime.bind(calc.build());
    }

    @AfterEach
    void closeRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** Loads {@code main.py} with this text. */
    void load(String text) throws ScriptException {
        runtime.load(new ScriptSource("main.py", text));
    }

    /** @return the value of a Python expression, evaluated inside a function call */
    ScriptValue eval(String expression) throws ScriptException {
        runtime.load(new ScriptSource("eval.py", "def eval_probe():\n    return (" + expression + ")\n"));
        return runtime.call("eval_probe", List.of());
    }
}
