package dev.polyframe.script.polyglot;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Converts between the guest values of one context and {@link ScriptValue}s, both ways. This base holds what every
 * GraalVM language does alike; each backend fills in its language's shapes through the hooks.
 *
 * <p>Guest → engine: {@code null} → NIL, boolean → Bool, number → Num (NaN and infinities unchanged, so the API can
 * reject them; a number no double holds is {@link #inexactNumber}), string → Str, anything with array elements → Seq,
 * anything else → {@link #fromObject} (tables, functions). Engine → guest: NIL → {@code null}, Bool → Boolean, Num →
 * {@link #number}, Str → String, Seq → {@link #newSequence}, Table → {@link #newTable}, Callable → the guest function
 * it wraps (when it comes from this context) or a host function calling it, Pending → {@link #pending}. Nesting
 * deeper than {@link #MAX_DEPTH} (usually a cycle) is a {@link ScriptApiException} of kind TYPE.
 *
 * <p>Script worker thread only, like its context. Null constructor arguments are a {@link NullPointerException} at
 * first use; a {@code null} guest value converts to NIL.
 */
public abstract class GuestValues {
    /** Deepest nesting of arrays and tables that crosses the boundary. */
    public static final int MAX_DEPTH = 32;

    private final GuestErrors errors;
    private final BooleanSupplier closed;
    private final String toGuestName;
    private final String cycleHint;

    /**
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements are dropped
     * @param toGuestName the method named when an engine value nests too deep, for example {@code "JsValues.toJs"}
     * @param cycleHint what a too deep guest value probably is, for example {@code "a cyclic object?"}
     */
    protected GuestValues(GuestErrors errors, BooleanSupplier closed, String toGuestName, String cycleHint) {
        this.errors = errors;
        this.closed = closed;
        this.toGuestName = toGuestName;
        this.cycleHint = cycleHint;
    }

    /**
     * @param value a guest value
     * @param method the qualified API method (or operation) for messages
     * @param label what the value is, for messages, for example the parameter name
     * @throws ScriptApiException of kind TYPE when the value is too deep or has no script equivalent, or what
     *     {@link #inexactNumber} and {@link #fromObject} throw
     */
    public final ScriptValue toScript(Value value, String method, String label) {
        return toScript(value, method, label, 0);
    }

    /**
     * Converts what a hook or callback returned: {@link #toScript} of the {@code "return value"} unless a language
     * treats some results specially.
     *
     * @param result what the guest function returned
     * @param method the function or operation, for messages
     * @throws ScriptApiException as {@link #toScript(Value, String, String)}
     * @throws org.graalvm.polyglot.PolyglotException when guest code the language runs on the result fails
     */
    public ScriptValue fromResult(Value result, String method) {
        return toScript(result, method, "return value", 0);
    }

    /**
     * Calls a guest function of this context.
     *
     * @param arguments already converted with {@link #toGuest}
     * @throws org.graalvm.polyglot.PolyglotException when the function fails
     */
    public Value execute(Value function, Object[] arguments) {
        return function.execute(arguments);
    }

    /**
     * @param value an engine value
     * @param rejectionHandled for a Pending value: whether a trailing callback already receives its error
     * @return a value for the guest: {@code null}, Boolean, a number, String, or a {@link Value} of this context
     * @throws ScriptApiException of kind TYPE when the value nests deeper than {@link #MAX_DEPTH}
     */
    public final Object toGuest(ScriptValue value, boolean rejectionHandled) {
        return toGuest(value, rejectionHandled, 0);
    }

    /** @return {@link #toGuest(ScriptValue, boolean)} for a value whose rejection nobody handles yet */
    public final Object toGuest(ScriptValue value) {
        return toGuest(value, false, 0);
    }

    /** @return the values converted with {@link #toGuest(ScriptValue)} */
    public final Object[] toGuest(List<ScriptValue> values) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toGuest(values.get(i));
        }
        return out;
    }

    /**
     * Converts a {@link ScriptType#NUMBERS} argument in one pass: a guest buffer of floats or doubles (JS typed
     * array, Python {@code array}/{@code memoryview}, as {@link #bufferElementBytes} tells) with one
     * {@link Value#readBuffer} copy; anything with array elements element by element; anything else (null, a
     * number, a table) through {@link #toScript(Value, String, String)}, so the type check names it.
     *
     * @param value the guest argument
     * @return {@link ScriptValue.Numbers} holding a fresh array, or the plain conversion of a non-array
     * @throws ScriptApiException of kind TYPE naming {@code label[i]} for the first element that is no number
     */
    public final ScriptValue toNumbers(Value value, String method, String label) {
        if (value == null || value.isNull() || !(value.hasBufferElements() || value.hasArrayElements())) {
            return toScript(value, method, label);
        }
        int width = value.hasBufferElements() ? bufferElementBytes(value) : 0;
        if (width == Float.BYTES || width == Double.BYTES) {
            return new ScriptValue.Numbers(readNumbers(value, width));
        }
        if (!value.hasArrayElements()) {
            return toScript(value, method, label);
        }
        long size = value.getArraySize();
        double[] out = new double[Math.toIntExact(size)];
        for (int i = 0; i < out.length; i++) {
            Value element = value.getArrayElement(i);
            try {
                if (element.isNumber()) {
                    out[i] = element.asDouble();
                    continue;
                }
            } catch (ClassCastException notExact) {
                // a number no double holds: reported below like any other non-number
            }
            throw ScriptType.notANumber(method, label, i, element.isString()
                    ? '"' + element.asString() + '"' : String.valueOf(element));
        }
        return new ScriptValue.Numbers(out);
    }

    private static double[] readNumbers(Value buffer, int width) {
        int bytes = Math.toIntExact(buffer.getBufferSize());
        byte[] raw = new byte[bytes];
        buffer.readBuffer(0, raw, 0, bytes);
        ByteBuffer view = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
        double[] out = new double[bytes / width];
        if (width == Double.BYTES) {
            view.asDoubleBuffer().get(out);
        } else {
            FloatBuffer floats = view.asFloatBuffer();
            for (int i = 0; i < out.length; i++) {
                out[i] = floats.get(i);
            }
        }
        return out;
    }

    /**
     * Tells how to read a guest value with buffer elements as numbers.
     *
     * @param value a guest value with {@code hasBufferElements()}
     * @return 4 for native-order 32-bit floats, 8 for native-order doubles, 0 when the buffer holds anything else
     *     (bytes, integers): then its array elements are read one by one. This base returns 0.
     */
    protected int bufferElementBytes(Value value) {
        return 0;
    }

    /**
     * @param values a flat array of numbers, handed over
     * @return its guest form; this base makes a guest sequence of the numbers ({@link #newSequence})
     */
    protected Object newNumbers(double[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = number(values[i]);
        }
        return newSequence(items);
    }

    /** @return the converter of callback failures */
    protected final GuestErrors errors() {
        return errors;
    }

    /** @return whether the runtime is closed (settlements arriving now are dropped) */
    protected final boolean isClosed() {
        return closed.getAsBoolean();
    }

    /** {@link #toScript(Value, String, String)} at a nesting depth, for {@link #fromObject}'s children. */
    protected final ScriptValue toScript(Value value, String method, String label, int depth) {
        if (value == null) {
            return ScriptValue.NIL;
        } else if (value.isNumber()) {
            // Numbers first, the common case of a host call: each Value query crosses into the context, so this
            // order saves two of them per numeric argument. GraalPy's bools are numbers too, hence isBoolean here.
            if (value.isBoolean()) {
                return ScriptValue.of(value.asBoolean());
            }
            double number;
            try {
                number = value.asDouble();
            } catch (ClassCastException notExact) {
                throw inexactNumber(value, method, label);
            }
            return ScriptValue.of(number);
        } else if (value.isNull()) {
            return ScriptValue.NIL;
        } else if (value.isBoolean()) {
            return ScriptValue.of(value.asBoolean());
        } else if (value.isString()) {
            return new ScriptValue.Str(value.asString());
        }
        if (depth >= MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " is nested deeper than "
                    + MAX_DEPTH + " levels (" + cycleHint + "); only plain data can cross to the engine");
        }
        if (value.hasArrayElements()) {
            long size = value.getArraySize();
            List<ScriptValue> items = new ArrayList<>((int) Math.min(size, 1024));
            for (long i = 0; i < size; i++) {
                items.add(toScript(value.getArrayElement(i), method, label + "[" + i + "]", depth + 1));
            }
            return new ScriptValue.Seq(items);
        }
        return fromObject(value, method, label, depth);
    }

    /** @return a Callable wrapping a guest function of this context; calling it converts guest failures */
    protected final ScriptValue.Callable callable(Value function) {
        return new ScriptValue.Callable(new GuestCallable(function, this, errors));
    }

    /**
     * @param value a number for which {@code fitsInDouble()} is false
     * @return the exception to throw
     */
    protected abstract ScriptApiException inexactNumber(Value value, String method, String label);

    /**
     * Converts a guest value that is no null, boolean, number, string or array: a table, a function (see
     * {@link #callable(Value)}), or nothing the engine knows.
     *
     * @param depth the value's nesting depth; children convert with {@code toScript(child, ..., depth + 1)}
     * @throws ScriptApiException when the value has no script equivalent
     */
    protected abstract ScriptValue fromObject(Value value, String method, String label, int depth);

    /** @return the guest form of a Num; the Double itself unless the language has integers */
    protected Object number(double value) {
        return value;
    }

    /** @return a guest array (list) of the given, already converted, items */
    protected abstract Object newSequence(Object[] items);

    /** @return a guest table (object, dict) of the given, already converted, entries in order */
    protected abstract Object newTable(Map<String, Object> entries);

    /**
     * @param rejectionHandled whether a trailing callback already receives the error
     * @return the guest form of a deferred result (a promise, a future), settled when {@code deferred} settles
     */
    protected abstract Object pending(Deferred deferred, boolean rejectionHandled);

    private Object toGuest(ScriptValue value, boolean rejectionHandled, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, toGuestName,
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
                    items[i] = toGuest(s.items().get(i), false, depth + 1);
                }
                yield newSequence(items);
            }
            case ScriptValue.Numbers n -> newNumbers(n.values());
            case ScriptValue.Table t -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (Map.Entry<String, ScriptValue> entry : t.entries().entrySet()) {
                    entries.put(entry.getKey(), toGuest(entry.getValue(), false, depth + 1));
                }
                yield newTable(entries);
            }
            case ScriptValue.Callable c -> hostCallable(c);
            case ScriptValue.Pending p -> pending(p.deferred(), rejectionHandled);
        };
    }

    private Object hostCallable(ScriptValue.Callable callable) {
        if (callable.function() instanceof GuestCallable guest && guest.owner() == this) {
            return guest.function();
        }
        // A Java-made callable: scripts call it like a function; a failure reaches the script as a host error.
        return (ProxyExecutable) arguments -> {
            List<ScriptValue> args = new ArrayList<>(arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                args.add(toScript(arguments[i], "callback", "arguments[" + i + "]"));
            }
            try {
                return toGuest(callable.function().call(args));
            } catch (ScriptException e) {
                throw new IllegalStateException("callback failed: " + e.getMessage(), e);
            }
        };
    }
}
