package dev.polyframe.script.lua;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptCallable;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A Lua function the engine can call back (a trailing callback, a handler). Lua errors come out as
 * {@link ScriptException}s locating the error in the script. Threads: the runtime's script worker (or one of its
 * coroutine threads, when called from inside a coroutine).
 */
final class LuaCallable implements ScriptCallable {
    private final LuaValue function;
    private final LuaValues values;
    private final LuaErrors errors;

    LuaCallable(LuaValue function, LuaValues values, LuaErrors errors) {
        this.function = function;
        this.values = values;
        this.errors = errors;
    }

    /** @return the Lua function */
    LuaValue function() {
        return function;
    }

    /** @return the converter of the runtime the function lives in */
    LuaValues owner() {
        return values;
    }

    /**
     * @return the function's first result
     * @throws ScriptException when the function raises an error, when an argument or the result has no
     *     equivalent, or when the runtime is closed
     */
    @Override
    public ScriptValue call(List<ScriptValue> args) throws ScriptException {
        try {
            return values.toScript(invoke(values.toLua(args)).arg1(), "callback", "return value");
        } catch (RuntimeException e) {
            throw errors.toException(e, LuaErrors.UNKNOWN_FILE, null);
        }
    }

    /**
     * Calls the function with Lua arguments.
     *
     * @throws ScriptException when the function raises an error or the runtime is closed
     */
    Varargs invoke(Varargs args) throws ScriptException {
        if (values.closed()) {
            throw errors.failure(LuaErrors.UNKNOWN_FILE, "callback cannot run: the Lua runtime is closed");
        }
        try {
            return function.invoke(args);
        } catch (RuntimeException | StackOverflowError e) {
            throw errors.toException(e, LuaErrors.UNKNOWN_FILE, null);
        }
    }
}
