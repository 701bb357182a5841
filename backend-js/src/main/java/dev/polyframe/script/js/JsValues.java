package dev.polyframe.script.js;

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
 * Converts between JS values and {@link ScriptValue}s, both ways, for one context.
 *
 * <p>JS → engine: {@code null}/{@code undefined} → NIL, boolean → Bool, number → Num (NaN and infinities unchanged,
 * so the API can reject them), string → Str, array-like → Seq, function → Callable, other objects → Table of their
 * enumerable string keys. Engine → JS: the reverse, with Seq → a real JS array, Table → a plain object, Pending → a
 * {@code Promise}. Nesting deeper than {@link #MAX_DEPTH} (usually a cycle) is a {@link ScriptApiException} of kind
 * TYPE. Script worker thread only.
 */
final class JsValues {
    /** Deepest nesting of arrays and objects that crosses the boundary. */
    static final int MAX_DEPTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JsValues.class);

    private final JsPrelude prelude;
    private final JsErrors errors;
    private final BooleanSupplier closed;

    /**
     * @param prelude the context's helpers
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements are dropped
     */
    JsValues(JsPrelude prelude, JsErrors errors, BooleanSupplier closed) {
        this.prelude = prelude;
        this.errors = errors;
        this.closed = closed;
    }

    /**
     * @param value a JS value
     * @param method the qualified API method (or operation) for messages
     * @param label what the value is, for messages, for example the parameter name
     * @throws ScriptApiException of kind TYPE when the value is too deep or has no script equivalent
     */
    ScriptValue toScript(Value value, String method, String label) {
        return toScript(value, method, label, 0);
    }

    private ScriptValue toScript(Value value, String method, String label, int depth) {
        if (value == null || value.isNull()) {
            return ScriptValue.NIL;
        } else if (value.isBoolean()) {
            return ScriptValue.of(value.asBoolean());
        } else if (value.isNumber()) {
            if (!value.fitsInDouble()) {
                throw new ScriptApiException(ScriptApiException.Kind.TYPE, method,
                        label + "=" + value + " is a number no double can hold exactly (a BigInt?)");
            }
            return ScriptValue.of(value.asDouble());
        } else if (value.isString()) {
            return new ScriptValue.Str(value.asString());
        }
        if (depth >= MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " is nested deeper than "
                    + MAX_DEPTH + " levels (a cyclic object?); only plain data can cross to the engine");
        }
        if (value.hasArrayElements()) {
            long size = value.getArraySize();
            List<ScriptValue> items = new ArrayList<>((int) Math.min(size, 1024));
            for (long i = 0; i < size; i++) {
                items.add(toScript(value.getArrayElement(i), method, label + "[" + i + "]", depth + 1));
            }
            return new ScriptValue.Seq(items);
        } else if (value.canExecute()) {
            return new ScriptValue.Callable(new JsCallable(value, this, errors));
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

    /**
     * @param value an engine value
     * @param rejectionHandled for a Pending value: whether a trailing callback already receives its error
     * @return a value for GraalJS: {@code null}, Boolean, Double, String, or a {@link Value} of this context
     * @throws ScriptApiException of kind TYPE when the value nests deeper than {@link #MAX_DEPTH}
     */
    Object toJs(ScriptValue value, boolean rejectionHandled) {
        return toJs(value, rejectionHandled, 0);
    }

    /** @return {@link #toJs(ScriptValue, boolean)} for a value whose rejection nobody handles yet */
    Object toJs(ScriptValue value) {
        return toJs(value, false, 0);
    }

    /** @return the values converted with {@link #toJs(ScriptValue)} */
    Object[] toJs(List<ScriptValue> values) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toJs(values.get(i));
        }
        return out;
    }

    private Object toJs(ScriptValue value, boolean rejectionHandled, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, "JsValues.toJs",
                    "value is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (value) {
            case ScriptValue.Nil n -> null;
            case ScriptValue.Bool b -> b.value();
            case ScriptValue.Num n -> n.value();
            case ScriptValue.Str s -> s.value();
            case ScriptValue.Seq s -> {
                Object[] items = new Object[s.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = toJs(s.items().get(i), false, depth + 1);
                }
                yield prelude.array(items);
            }
            case ScriptValue.Table t -> {
                Value object = prelude.object();
                for (Map.Entry<String, ScriptValue> entry : t.entries().entrySet()) {
                    object.putMember(entry.getKey(), toJs(entry.getValue(), false, depth + 1));
                }
                yield object;
            }
            case ScriptValue.Callable c -> callable(c);
            case ScriptValue.Pending p -> promise(p.deferred(), rejectionHandled);
        };
    }

    private Object callable(ScriptValue.Callable callable) {
        if (callable.function() instanceof JsCallable js && js.owner() == this) {
            return js.function();
        }
        // A Java-made callable: scripts call it like a function; a failure reaches the script as a host error.
        return (ProxyExecutable) arguments -> {
            List<ScriptValue> args = new ArrayList<>(arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                args.add(toScript(arguments[i], "callback", "arguments[" + i + "]"));
            }
            try {
                return toJs(callable.function().call(args));
            } catch (ScriptException e) {
                throw new IllegalStateException("callback failed: " + e.getMessage(), e);
            }
        };
    }

    private Value promise(Deferred deferred, boolean rejectionHandled) {
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
        if (closed.getAsBoolean()) {
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
                converted = toJs(result);
            } catch (ScriptApiException tooDeep) {
                reject.execute(prelude.error(deferred.method() + ": result " + tooDeep.getMessage()));
                return;
            }
            resolve.execute(converted);
        } catch (PolyglotException e) {
            // With js.unhandled-rejections=throw this is also how an exception in a .then callback surfaces.
            throw errors.toException(e, "<unknown>");
        }
    }
}
