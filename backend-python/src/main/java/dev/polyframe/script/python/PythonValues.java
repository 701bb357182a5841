package dev.polyframe.script.python;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts between Python values and {@link ScriptValue}s, both ways, for one context.
 *
 * <p>Python → engine: {@code None} → NIL, {@code bool} → Bool (checked before {@code int}, its base class),
 * {@code int}/{@code float} → Num (NaN and infinities unchanged, so the API can reject them), {@code str} → Str,
 * {@code list}/{@code tuple} → Seq, {@code dict} with {@code str} keys → Table, callables → Callable. An {@code int}
 * no double holds exactly (beyond 2^53) is a {@link ScriptApiException} of kind RANGE, a dict key that is no
 * {@code str} or any other object one of kind TYPE.
 *
 * <p>Engine → Python: Num → {@code int} when integral and below 2^53 in magnitude (handles, counts, frame numbers
 * read as ints; {@code -0.0} stays a float), else {@code float}; Seq → {@code list}; Table → {@code dict}; Pending →
 * {@code polyframe.Pending}. Nesting deeper than {@link #MAX_DEPTH} (usually a cycle) is a
 * {@link ScriptApiException} of kind TYPE. Script worker thread only.
 */
final class PythonValues {
    /** Deepest nesting of lists and dicts that crosses the boundary. */
    static final int MAX_DEPTH = 32;
    /** 2^53: every integer up to this magnitude is exact in a double. */
    private static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;
    private static final Logger LOG = LoggerFactory.getLogger(PythonValues.class);

    private final PythonPrelude prelude;
    private final PythonErrors errors;
    private final BooleanSupplier closed;

    /**
     * @param prelude the context's helpers
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements are dropped
     */
    PythonValues(PythonPrelude prelude, PythonErrors errors, BooleanSupplier closed) {
        this.prelude = prelude;
        this.errors = errors;
        this.closed = closed;
    }

    /**
     * @param value a Python value
     * @param method the qualified API method (or operation) for messages
     * @param label what the value is, for messages, for example the parameter name
     * @throws ScriptApiException of kind RANGE for an int beyond 2^53, of kind TYPE when the value is too deep, has
     *     a non-{@code str} dict key, or has no script equivalent
     */
    ScriptValue toScript(Value value, String method, String label) {
        return toScript(value, method, label, 0);
    }

    /**
     * Converts what a hook or callback returned. A coroutine object (the hook is an {@code async def}) is started
     * as with {@code polyframe.spawn} and counts as {@code None}.
     *
     * @throws ScriptApiException as {@link #toScript(Value, String, String)}
     * @throws PolyglotException when the coroutine's first step raises
     */
    ScriptValue fromResult(Value result, String method) {
        if (!result.isNull() && prelude.isCoroutine(result)) {
            prelude.spawn(result);
            return ScriptValue.NIL;
        }
        return toScript(result, method, "return value", 0);
    }

    /**
     * Calls a script function of this context, see {@link PythonPrelude#invoke}.
     *
     * @throws PolyglotException when the function raises
     */
    Value invoke(Value function, Object[] arguments) {
        return prelude.invoke(function, arguments);
    }

    private ScriptValue toScript(Value value, String method, String label, int depth) {
        if (value == null || value.isNull()) {
            return ScriptValue.NIL;
        } else if (value.isBoolean()) {
            return ScriptValue.of(value.asBoolean());
        } else if (value.isNumber()) {
            if (!value.fitsInDouble()) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, label + "=" + value
                        + " is an integer no double holds exactly (beyond 2^53); the engine's numbers are doubles");
            }
            return ScriptValue.of(value.asDouble());
        } else if (value.isString()) {
            return new ScriptValue.Str(value.asString());
        }
        if (depth >= MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " is nested deeper than "
                    + MAX_DEPTH + " levels (a cyclic list or dict?); only plain data can cross to the engine");
        }
        if (value.hasArrayElements()) {
            long size = value.getArraySize();
            List<ScriptValue> items = new ArrayList<>((int) Math.min(size, 1024));
            for (long i = 0; i < size; i++) {
                items.add(toScript(value.getArrayElement(i), method, label + "[" + i + "]", depth + 1));
            }
            return new ScriptValue.Seq(items);
        } else if (value.hasHashEntries()) {
            return table(value, method, label, depth);
        } else if (value.canExecute()) {
            return new ScriptValue.Callable(new PythonCallable(value, this, errors));
        }
        throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + "=" + value
                + " has no script value equivalent; pass None, a bool, int, float, str, list, tuple, dict or function");
    }

    private ScriptValue table(Value dict, String method, String label, int depth) {
        Map<String, ScriptValue> entries = new LinkedHashMap<>();
        Value iterator = dict.getHashEntriesIterator();
        while (iterator.hasIteratorNextElement()) {
            Value entry = iterator.getIteratorNextElement();
            Value key = entry.getArrayElement(0);
            if (!key.isString()) {
                throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " has the key " + key
                        + ", which is not a str; only dicts with str keys cross to the engine");
            }
            String name = key.asString();
            entries.put(name, toScript(entry.getArrayElement(1), method, label + "['" + name + "']", depth + 1));
        }
        return new ScriptValue.Table(entries);
    }

    /**
     * @param value an engine value
     * @param rejectionHandled for a Pending value: whether a trailing callback already receives its error
     * @return a value for GraalPy: {@code null}, Boolean, Long, Double, String, or a {@link Value} of this context
     * @throws ScriptApiException of kind TYPE when the value nests deeper than {@link #MAX_DEPTH}
     */
    Object toPython(ScriptValue value, boolean rejectionHandled) {
        return toPython(value, rejectionHandled, 0);
    }

    /** @return the values converted with {@link #toPython(ScriptValue, boolean)}, no rejection handled yet */
    Object[] toPython(List<ScriptValue> values) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toPython(values.get(i), false, 0);
        }
        return out;
    }

    private Object toPython(ScriptValue value, boolean rejectionHandled, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, "PythonValues.toPython",
                    "value is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (value) {
            case ScriptValue.Nil n -> null;
            case ScriptValue.Bool b -> b.value();
            case ScriptValue.Num n -> number(n.value());
            case ScriptValue.Str s -> s.value();
            case ScriptValue.Seq s -> {
                Object[] items = new Object[s.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = toPython(s.items().get(i), false, depth + 1);
                }
                yield prelude.list(items);
            }
            case ScriptValue.Table t -> {
                Value dict = prelude.dict();
                for (Map.Entry<String, ScriptValue> entry : t.entries().entrySet()) {
                    dict.putHashEntry(entry.getKey(), toPython(entry.getValue(), false, depth + 1));
                }
                yield dict;
            }
            case ScriptValue.Callable c -> callable(c);
            case ScriptValue.Pending p -> pending(p.deferred(), rejectionHandled);
        };
    }

    /** @return a Long for integral values below 2^53 (so Python sees an {@code int}), else the Double */
    private static Object number(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS && !negativeZero) {
            return (long) value;
        }
        return value;
    }

    private Object callable(ScriptValue.Callable callable) {
        if (callable.function() instanceof PythonCallable python && python.owner() == this) {
            return python.function();
        }
        // A Java-made callable: scripts call it like a function; a failure reaches the script as a host error.
        return (ProxyExecutable) arguments -> {
            List<ScriptValue> args = new ArrayList<>(arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                args.add(toScript(arguments[i], "callback", "arguments[" + i + "]"));
            }
            try {
                return toPython(callable.function().call(args), false);
            } catch (ScriptException e) {
                throw new IllegalStateException("callback failed: " + e.getMessage(), e);
            }
        };
    }

    private Value pending(Deferred deferred, boolean rejectionHandled) {
        Value pending = prelude.newPending(deferred.method());
        try {
            deferred.observe((result, error) -> settle(deferred, pending, rejectionHandled, result, error));
        } catch (ScriptException e) {
            // Only when already settled: a new Pending has no callbacks yet, so no script code can have run.
            throw new IllegalStateException("PythonValues.pending: settling " + deferred.method() + " failed", e);
        }
        return pending;
    }

    private void settle(Deferred deferred, Value pending, boolean rejectionHandled, ScriptValue result,
            String error) throws ScriptException {
        if (closed.getAsBoolean()) {
            LOG.debug("PythonValues.settle: {} settled after the runtime closed; dropped", deferred.method());
            return;
        }
        String rejection = error;
        Object converted = null;
        if (rejection == null) {
            try {
                converted = toPython(result, false);
            } catch (ScriptApiException tooDeep) {
                rejection = deferred.method() + ": result " + tooDeep.getMessage();
            }
        }
        Value callbacks;
        try {
            callbacks = prelude.settle(pending, rejection != null, rejection != null ? rejection : converted);
        } catch (PolyglotException e) {
            throw errors.toException(e, "<unknown>");
        }
        if (rejection != null && callbacks.getArraySize() == 0 && !rejectionHandled) {
            // Python has no unhandled-rejection error; like asyncio's "exception was never retrieved", log it.
            LOG.warn("PythonValues.settle: {} was rejected and no callback observes it (yet): {}", deferred.method(),
                    rejection);
        }
        runCallbacks(callbacks, pending);
    }

    /** Calls every callback even when one raises, like {@link Deferred}; the first failure is thrown afterwards. */
    private void runCallbacks(Value callbacks, Value pending) throws ScriptException {
        ScriptException first = null;
        for (long i = 0; i < callbacks.getArraySize(); i++) {
            try {
                prelude.invoke(callbacks.getArrayElement(i), pending);
            } catch (PolyglotException e) {
                ScriptException failure = errors.toException(e, "<unknown>");
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
