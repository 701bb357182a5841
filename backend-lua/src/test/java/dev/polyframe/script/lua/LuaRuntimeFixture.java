package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh runtime with {@code calc} bound, created on the test thread (which is then the script worker) and closed
 * after each test. Runs in LuaJC mode; each test class has a subclass {@code ...InterpreterTest} that runs the same
 * tests in interpreter mode by overriding {@link #backend()}.
 */
abstract class LuaRuntimeFixture {
    /** Shared by every test class: decides the mode once. */
    static final LuaScriptBackend LUAJC = new LuaScriptBackend(true);
    /** Shared by every interpreter test class. */
    static final LuaScriptBackend INTERPRETER = new LuaScriptBackend(false);

    CalcInterface calc;
    ScriptRuntime runtime;

    /** @return the backend the runtime comes from */
    LuaScriptBackend backend() {
        return LUAJC;
    }

    @BeforeEach
    void createRuntime() throws ScriptException {
        calc = new CalcInterface();
        runtime = backend().createRuntime();
        runtime.bind(calc.build());
    }

    @AfterEach
    void closeRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** Loads {@code main.lua} with this text. */
    void load(String text) throws ScriptException {
        runtime.load(new ScriptSource("main.lua", text));
    }

    /** @return the value of a Lua expression, evaluated on line 2 of {@code eval.lua} inside a function */
    ScriptValue eval(String expression) throws ScriptException {
        return run("    return (" + expression + ")");
    }

    /**
     * @return {@code "false|message"} of the error a statement raises on line 2 of {@code eval.lua}, caught with
     *     {@code pcall}; {@code "true|nil"} when it raises none
     */
    String caught(String statement) throws ScriptException {
        ScriptValue result = run("    local ok, err = pcall(function() " + statement + " end)\n"
                + "    return tostring(ok) .. '|' .. tostring(err)");
        return ((ScriptValue.Str) result).value();
    }

    /** @return what Lua statements starting on line 2 of {@code eval.lua}, inside a function, return */
    ScriptValue run(String statements) throws ScriptException {
        runtime.load(new ScriptSource("eval.lua", "function evalProbe()\n" + statements + "\nend\n"));
        return runtime.call("evalProbe", List.of());
    }
}
