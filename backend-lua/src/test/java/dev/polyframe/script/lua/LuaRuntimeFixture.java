package dev.polyframe.script.lua;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.tck.ScriptRuntimeFixture;
import dev.polyframe.script.value.ScriptValue;

/**
 * A fresh runtime with {@code calc} bound, created on the test thread (which is then the script worker) and closed
 * after each test. Runs in LuaJC mode; each test class has a subclass {@code ...InterpreterTest} that runs the same
 * tests in interpreter mode by overriding {@link #backend()}.
 */
abstract class LuaRuntimeFixture extends ScriptRuntimeFixture {
    /** Shared by every test class: decides the mode once. */
    static final LuaScriptBackend LUAJC = new LuaScriptBackend(true);
    /** Shared by every interpreter test class. */
    static final LuaScriptBackend INTERPRETER = new LuaScriptBackend(false);

    /** @return the backend the runtime comes from */
    @Override
    protected LuaScriptBackend backend() {
        return LUAJC;
    }

    /** The probe of a Lua expression, returned on line 2 of {@code eval.lua}. */
    @Override
    protected String probeSource(String expression) {
        return probeOf("    return (" + expression + ")");
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
        return probe(probeOf(statements));
    }

    private static String probeOf(String statements) {
        return "function " + PROBE + "()\n" + statements + "\nend\n";
    }
}
