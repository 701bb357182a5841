package dev.polyframe.script.python;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestErrors;
import dev.polyframe.script.polyglot.GuestValues;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
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
 * {@link ScriptApiException} of kind TYPE. The shared rules are in {@link GuestValues}. Script worker thread only.
 */
final class PythonValues extends GuestValues {
    /** 2^53: every integer up to this magnitude is exact in a double. */
    private static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;
    private static final Logger LOG = LoggerFactory.getLogger(PythonValues.class);

    private final PythonPrelude prelude;

    /**
     * @param prelude the context's helpers
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements are dropped
     */
    PythonValues(PythonPrelude prelude, PythonErrors errors, BooleanSupplier closed) {
        super(errors, closed, "PythonValues.toPython", "a cyclic list or dict?");
        this.prelude = prelude;
    }

    /**
     * Converts what a hook or callback returned. A coroutine object (the hook is an {@code async def}) is started
     * as with {@code polyframe.spawn} and counts as {@code None}.
     *
     * @throws ScriptApiException as {@link #toScript(Value, String, String)}
     * @throws PolyglotException when the coroutine's first step raises
     */
    @Override
    public ScriptValue fromResult(Value result, String method) {
        if (!result.isNull() && prelude.isCoroutine(result)) {
            prelude.spawn(result);
            return ScriptValue.NIL;
        }
        return super.fromResult(result, method);
    }

    /**
     * Calls a script function of this context through the prelude's trampoline, see {@link PythonPrelude#invoke}.
     *
     * @throws PolyglotException when the function raises
     */
    @Override
    public Value execute(Value function, Object[] arguments) {
        return prelude.invoke(function, arguments);
    }

    @Override
    protected ScriptApiException inexactNumber(Value value, String method, String label) {
        return new ScriptApiException(ScriptApiException.Kind.RANGE, method, label + "=" + value
                + " is an integer no double holds exactly (beyond 2^53); the engine's numbers are doubles");
    }

    @Override
    protected ScriptValue fromObject(Value value, String method, String label, int depth) {
        if (value.hasHashEntries()) {
            return table(value, method, label, depth);
        } else if (value.canExecute()) {
            return callable(value);
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

    /** @return a Long for integral values below 2^53 (so Python sees an {@code int}), else the Double */
    @Override
    protected Object number(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS && !negativeZero) {
            return (long) value;
        }
        return value;
    }

    /**
     * @return 4 or 8 for an {@code array('f')}/{@code array('d')} or a {@code memoryview} of format {@code 'f'} or
     *     {@code 'd'}; 0 for any other buffer (bytes, integer arrays), read element by element
     */
    @Override
    protected int bufferElementBytes(Value value) {
        Value code = value.hasMember("typecode") ? value.getMember("typecode")
                : value.hasMember("format") ? value.getMember("format") : null;
        String type = code != null && code.isString() ? code.asString() : "";
        return "d".equals(type) ? Double.BYTES : "f".equals(type) ? Float.BYTES : 0;
    }

    /** @return a list of floats */
    @Override
    protected Object newNumbers(double[] values) {
        return prelude.numbers(values);
    }

    @Override
    protected Object newSequence(Object[] items) {
        return prelude.list(items);
    }

    @Override
    protected Object newTable(Map<String, Object> entries) {
        Value dict = prelude.dict();
        entries.forEach((key, value) -> dict.putHashEntry(key, value == null ? prelude.none() : value));
        return dict;
    }

    @Override
    protected Object pending(Deferred deferred, boolean rejectionHandled) {
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
        if (isClosed()) {
            LOG.debug("PythonValues.settle: {} settled after the runtime closed; dropped", deferred.method());
            return;
        }
        String rejection = error;
        Object converted = null;
        if (rejection == null) {
            try {
                converted = toGuest(result);
            } catch (ScriptApiException tooDeep) {
                rejection = deferred.method() + ": result " + tooDeep.getMessage();
            }
        }
        Value callbacks;
        try {
            callbacks = prelude.settle(pending, rejection != null, rejection != null ? rejection : converted);
        } catch (PolyglotException e) {
            throw errors().toException(e, GuestErrors.UNKNOWN_FILE);
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
                ScriptException failure = errors().toException(e, GuestErrors.UNKNOWN_FILE);
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
