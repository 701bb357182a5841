package dev.polyframe.script.js;

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
 * Converts between JS values and {@link ScriptValue}s, both ways, for one context.
 *
 * <p>JS → engine: {@code null}/{@code undefined} → NIL, boolean → Bool, number → Num (NaN and infinities unchanged,
 * so the API can reject them), string → Str, array-like (arrays, typed arrays) → Seq, function → Callable, other
 * objects → Table of their enumerable string keys; a BigInt no double holds, or a Symbol, is a
 * {@link ScriptApiException} of kind TYPE. Engine → JS: the reverse, with Seq → a real JS array, Table → a plain
 * object, Pending → a {@code Promise}. Nesting deeper than {@link #MAX_DEPTH} (usually a cycle) is a
 * {@link ScriptApiException} of kind TYPE. The shared rules are in {@link GuestValues}. Script worker thread only.
 */
final class JsValues extends GuestValues {
    private static final Logger LOG = LoggerFactory.getLogger(JsValues.class);

    private final JsPrelude prelude;

    /**
     * @param prelude the context's helpers
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements are dropped
     */
    JsValues(JsPrelude prelude, JsErrors errors, BooleanSupplier closed) {
        super(errors, closed, "JsValues.toJs", "a cyclic object?");
        this.prelude = prelude;
    }

    @Override
    protected ScriptApiException inexactNumber(Value value, String method, String label) {
        return new ScriptApiException(ScriptApiException.Kind.TYPE, method,
                label + "=" + value + " is a number no double can hold exactly (a BigInt?)");
    }

    @Override
    protected ScriptValue fromObject(Value value, String method, String label, int depth) {
        if (value.canExecute()) {
            return callable(value);
        } else if (value.hasMembers()) {
            Map<String, ScriptValue> entries = new LinkedHashMap<>();
            for (String key : value.getMemberKeys()) {
                entries.put(key, toScript(value.getMember(key), method, label + "." + key, depth + 1));
            }
            return new ScriptValue.Table(entries);
        }
        throw new ScriptApiException(ScriptApiException.Kind.TYPE, method,
                label + "=" + value + " has no script value equivalent (a Symbol?)");
    }

    /** @return 4 for a {@code Float32Array}, 8 for a {@code Float64Array}, else 0 (read element by element) */
    @Override
    protected int bufferElementBytes(Value value) {
        Value meta = value.getMetaObject();
        String type = meta == null ? "" : meta.getMetaSimpleName();
        return "Float64Array".equals(type) ? Double.BYTES : "Float32Array".equals(type) ? Float.BYTES : 0;
    }

    /** @return a {@code Float64Array} */
    @Override
    protected Object newNumbers(double[] values) {
        return prelude.numbers(values);
    }

    @Override
    protected Object newSequence(Object[] items) {
        return prelude.array(items);
    }

    @Override
    protected Object newTable(Map<String, Object> entries) {
        Value object = prelude.object();
        entries.forEach(object::putMember);
        return object;
    }

    @Override
    protected Object pending(Deferred deferred, boolean rejectionHandled) {
        Value parts = prelude.deferred(rejectionHandled);
        Value resolve = parts.getArrayElement(1);
        Value reject = parts.getArrayElement(2);
        try {
            deferred.observe((result, error) -> settle(deferred, resolve, reject, result, error));
        } catch (ScriptException e) {
            // Only when already settled: resolve() inside a running script defers its reactions, so cannot throw.
            throw new IllegalStateException("JsValues.promise: settling " + deferred.method() + " failed", e);
        }
        return parts.getArrayElement(0);
    }

    private void settle(Deferred deferred, Value resolve, Value reject, ScriptValue result, String error)
            throws ScriptException {
        if (isClosed()) {
            LOG.debug("JsValues.settle: {} settled after the runtime closed; dropped", deferred.method());
            return;
        }
        try {
            if (error != null) {
                reject.execute(prelude.error(error));
                return;
            }
            Object converted;
            try {
                converted = toGuest(result);
            } catch (ScriptApiException tooDeep) {
                reject.execute(prelude.error(deferred.method() + ": result " + tooDeep.getMessage()));
                return;
            }
            resolve.execute(converted);
        } catch (PolyglotException e) {
            // With js.unhandled-rejections=throw this is also how an exception in a .then callback surfaces.
            throw errors().toException(e, GuestErrors.UNKNOWN_FILE);
        }
    }
}
