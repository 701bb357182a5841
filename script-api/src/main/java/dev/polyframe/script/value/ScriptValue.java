package dev.polyframe.script.value;

import java.util.List;
import java.util.Map;

/**
 * A value crossing the boundary between a script runtime and the engine, in no particular language (bevy's
 * {@code ScriptValue}, Godot's {@code Variant}). Every backend converts its native values to and from these.
 *
 * <p>Immutable except {@link Callable} and {@link Pending}, which wrap worker-thread objects. Create and use values
 * on the script worker thread.
 */
public sealed interface ScriptValue {

    /** The shared {@code nil}/{@code null}/{@code None}. */
    Nil NIL = new Nil();
    /** How many numbers of a {@link Numbers} value error messages show. */
    int DISPLAY_NUMBERS = 8;
    /** The shared {@code true}. */
    Bool TRUE = new Bool(true);
    /** The shared {@code false}. */
    Bool FALSE = new Bool(false);

    /** Absence of a value: JS {@code null}/{@code undefined}, Lua {@code nil}, Python {@code None}. */
    record Nil() implements ScriptValue {
    }

    /** A boolean. */
    record Bool(boolean value) implements ScriptValue {
    }

    /** A number; every script number is a double here (integers are exact below 2^53). */
    record Num(double value) implements ScriptValue {
    }

    /** A string. */
    record Str(String value) implements ScriptValue {
    }

    /** An ordered sequence: JS array, Lua sequence table, Python list or tuple. */
    record Seq(List<ScriptValue> items) implements ScriptValue {
        /** Copies the list, so the record stays immutable. */
        public Seq {
            items = List.copyOf(items);
        }
    }

    /**
     * A flat array of numbers, for bulk calls: JS typed arrays or arrays, Lua sequence tables, Python lists,
     * {@code array}s or {@code memoryview}s, converted in one pass by the backend when a parameter is declared
     * {@link dev.polyframe.script.binding.ScriptType#NUMBERS}, and returned by bulk reads. The array is handed over,
     * not copied: the producer must not change it afterwards. Equality is identity (arrays have no value equality).
     *
     * @param values the numbers, in order; may hold NaN or infinities until validated
     */
    record Numbers(double[] values) implements ScriptValue {
        /** @return how many numbers */
        public int length() {
            return values.length;
        }
    }

    /** String-keyed entries in insertion order: JS object, Lua table with string keys, Python dict. */
    record Table(Map<String, ScriptValue> entries) implements ScriptValue {
        /** Keeps the map as given; callers hand over ownership. */
        public Table {
            entries = java.util.Collections.unmodifiableMap(entries);
        }
    }

    /** A function of the script, callable from Java on the worker thread. */
    record Callable(ScriptCallable function) implements ScriptValue {
    }

    /** A deferred result the script receives; each backend turns it into its idiom (JS Promise, ...). */
    record Pending(Deferred deferred) implements ScriptValue {
    }

    /** @return a {@link Bool} */
    static Bool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** @return a {@link Num} */
    static Num of(double value) {
        return new Num(value);
    }

    /** @return a {@link Str}, or {@link #NIL} for {@code null} */
    static ScriptValue of(String value) {
        return value == null ? NIL : new Str(value);
    }

    /**
     * Converts plain Java data (null, Boolean, Number, String, List, Map with String keys, ScriptValue) into
     * script values, recursively.
     *
     * @throws IllegalArgumentException for any other type, naming it
     */
    static ScriptValue fromJava(Object value) {
        if (value == null) {
            return NIL;
        } else if (value instanceof ScriptValue v) {
            return v;
        } else if (value instanceof Boolean b) {
            return of(b);
        } else if (value instanceof Number n) {
            return new Num(n.doubleValue());
        } else if (value instanceof String s) {
            return new Str(s);
        } else if (value instanceof List<?> list) {
            return new Seq(list.stream().map(ScriptValue::fromJava).toList());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, ScriptValue> entries = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), fromJava(v)));
            return new Table(entries);
        }
        throw new IllegalArgumentException("ScriptValue.fromJava: value of type " + value.getClass().getName()
                + " has no script equivalent");
    }

    /**
     * Renders the value for error messages the way a script author wrote it: {@code 1}, {@code 1.5},
     * {@code "cube"}, {@code [1, NaN, 3]}, {@code {position: [0, 0, 0]}}, {@code null}.
     */
    static String display(ScriptValue value) {
        return switch (value) {
            case Nil n -> "null";
            case Bool b -> Boolean.toString(b.value());
            case Num n -> displayNumber(n.value());
            case Str s -> '"' + s.value() + '"';
            case Seq s -> s.items().stream().map(ScriptValue::display)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            case Numbers n -> displayNumbers(n.values());
            case Table t -> t.entries().entrySet().stream().map(e -> e.getKey() + ": " + display(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
            case Callable c -> "<function>";
            case Pending p -> "<pending>";
        };
    }

    /** @return the first {@value #DISPLAY_NUMBERS} numbers as {@code [1, 2, ...] (n numbers)} for messages */
    static String displayNumbers(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < Math.min(values.length, DISPLAY_NUMBERS); i++) {
            out.append(i == 0 ? "" : ", ").append(displayNumber(values[i]));
        }
        if (values.length > DISPLAY_NUMBERS) {
            out.append(", ... (").append(values.length).append(" numbers)");
        }
        return out.append(']').toString();
    }

    /** @return the number without a trailing {@code .0} when it is integral, as scripts print it */
    static String displayNumber(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
