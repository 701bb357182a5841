package dev.polyframe.script.lua;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deferred results as Lua values: a userdata with {@code pending:next(function(value, err) ... end)}, which
 * {@code polyframe.await} and a trailing callback also accept. {@code tostring} gives {@code pending: entity.ready}.
 * A rejection that no callback, {@code next} or {@code await} observes is logged at WARN (Lua has no unhandled
 * rejection error). Threads: the runtime's script worker and its coroutine threads; deferreds settle on the worker.
 */
final class LuaPending {
    private static final Logger LOG = LoggerFactory.getLogger(LuaPending.class);

    /** What the userdata holds. */
    private static final class Box {
        final Deferred deferred;
        boolean observed;

        Box(Deferred deferred, boolean observed) {
            this.deferred = deferred;
            this.observed = observed;
        }
    }

    private final LuaValues values;
    private final LuaErrors errors;
    private final LuaTable metatable = new LuaTable();

    LuaPending(LuaValues values, LuaErrors errors) {
        this.values = values;
        this.errors = errors;
        LuaTable methods = new LuaTable();
        methods.set("next", new LuaLambda("pending:next", this::next));
        metatable.set(LuaValue.INDEX, methods);
        metatable.set(LuaValue.TOSTRING, new LuaLambda("pending:__tostring",
                args -> LuaValue.valueOf("pending: " + ((Box) args.arg1().touserdata()).deferred.method())));
        metatable.set(LuaValue.METATABLE, LuaValue.valueOf("pending"));
    }

    /**
     * @param deferred the result
     * @param observed whether something (a trailing callback) already observes it
     * @return the userdata scripts receive
     */
    LuaValue wrap(Deferred deferred, boolean observed) {
        Box box = new Box(deferred, observed);
        if (!observed && !deferred.settled()) {
            observeQuietly(deferred, (value, error) -> {
                if (error != null && !box.observed && !values.closed()) {
                    LOG.warn("{} was rejected and nothing observed it (no callback, pending:next or polyframe.await):"
                            + " {}", deferred.method(), error);
                }
            });
        }
        return new LuaUserdata(box, metatable);
    }

    /**
     * @return the deferred behind a pending userdata of this runtime, now counted as observed; {@code null} for any
     *     other value
     */
    Deferred unwrap(LuaValue value) {
        if (value instanceof LuaUserdata userdata && userdata.getmetatable() == metatable
                && userdata.userdata() instanceof Box box) {
            box.observed = true;
            return box.deferred;
        }
        return null;
    }

    /** @return {@code (value, nil)} or {@code (nil, message)}; a result too deep to convert becomes a rejection */
    Varargs outcome(Deferred deferred, Settlement settlement) {
        if (settlement.error() != null) {
            return LuaValue.varargsOf(LuaValue.NIL, LuaValue.valueOf(settlement.error()));
        }
        try {
            return values.toLua(settlement.value());
        } catch (ScriptApiException tooDeep) {
            return LuaValue.varargsOf(LuaValue.NIL,
                    LuaValue.valueOf(deferred.method() + ": result " + tooDeep.getMessage()));
        }
    }

    /** {@code pending:next(fn)}: calls {@code fn(value, err)} when settled, at once if it already is. */
    private Varargs next(Varargs args) {
        Deferred deferred = unwrap(args.arg1());
        if (deferred == null) {
            throw errors.raise("pending:next: self=" + args.arg1().tojstring()
                    + " is not a pending result (call it as pending:next(fn))", 1);
        }
        LuaValue function = args.arg(2);
        if (!function.isfunction()) {
            throw errors.raise("pending:next: callback=" + function.tojstring() + " must be a function", 1);
        }
        Settlement now = Settlement.of(deferred);
        if (now != null) {
            function.invoke(outcome(deferred, now));
            return LuaValue.NONE;
        }
        LuaCallable callback = new LuaCallable(function, values, errors);
        observeQuietly(deferred, (value, error) -> {
            if (values.closed()) {
                LOG.debug("{} settled after the Lua runtime closed; pending:next callback dropped", deferred.method());
                return;
            }
            callback.invoke(outcome(deferred, new Settlement(value, error)));
        });
        return LuaValue.NONE;
    }

    /** Adds an observer to a deferred known to be pending, so observing cannot run (and fail) at once. */
    private static void observeQuietly(Deferred deferred, Deferred.Observer observer) {
        try {
            deferred.observe(observer);
        } catch (ScriptException e) {
            throw new IllegalStateException("LuaPending: observing a pending " + deferred.method() + " failed", e);
        }
    }
}
