package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptArgs;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.value.ScriptValue;

/**
 * Invokers for the call shapes the built-in interfaces share, so each interface states only which API method a
 * script method maps to. Stateless; the invokers run on the script worker thread.
 */
final class Invokers {

    /** An API method taking a handle and three numbers, such as {@code setPosition}. */
    @FunctionalInterface
    interface HandleVec3 {
        void apply(long handle, double x, double y, double z);
    }

    /** An API method taking only a handle, such as {@code destroy}. */
    @FunctionalInterface
    interface HandleOnly {
        void apply(long handle);
    }

    private Invokers() {
    }

    /** @return an invoker for {@code (handle, [x, y, z])} returning nothing */
    static ScriptMethod.Invoker handleVec3(HandleVec3 method) {
        return args -> {
            method.apply(args.handle(0), args.element(1, 0), args.element(1, 1), args.element(1, 2));
            return ScriptValue.NIL;
        };
    }

    /** @return an invoker for {@code (handle)} returning nothing */
    static ScriptMethod.Invoker handleOnly(HandleOnly method) {
        return args -> {
            method.apply(args.handle(0));
            return ScriptValue.NIL;
        };
    }

    /**
     * Copies an optional {@code [x, y, z]} option into {@code out[offset .. offset + 2]}; leaves the defaults there
     * when the option is absent.
     */
    static void optionVec3(ScriptArgs args, int index, String name, double[] out, int offset) {
        ScriptValue value = args.option(index, name);
        if (value instanceof ScriptValue.Seq) {
            for (int i = 0; i < 3; i++) {
                out[offset + i] = ScriptArgs.element(value, i);
            }
        }
    }
}
