package dev.polyframe.script.lua;

import java.util.function.UnaryOperator;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A Java function scripts can call, given as a lambda: the runtime's small helpers ({@code error}, {@code print},
 * {@code coroutine.yield}, the prelude's host functions). Threads: whichever thread runs the Lua code calling it.
 */
final class LuaLambda extends VarArgFunction {
    private final UnaryOperator<Varargs> body;

    /**
     * @param name what {@code tostring} and tracebacks call it
     * @param body the code: arguments in, results out; Lua errors are thrown as {@link org.luaj.vm2.LuaError}
     */
    LuaLambda(String name, UnaryOperator<Varargs> body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Varargs invoke(Varargs args) {
        return body.apply(args);
    }
}
