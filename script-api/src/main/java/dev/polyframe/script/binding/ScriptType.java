package dev.polyframe.script.binding;

import dev.polyframe.script.value.ScriptValue;
import java.util.List;

/**
 * The type of a parameter or return value as scripts see it; used to validate arguments generically and to
 * generate typed stubs. Immutable, thread-safe.
 */
public enum ScriptType {
    /** Anything, including null. */
    ANY("any"),
    /** No value (returns only). */
    NONE("void"),
    /** A boolean. */
    BOOLEAN("boolean"),
    /** A finite number. */
    NUMBER("number"),
    /** A string. */
    STRING("string"),
    /** {@code [x, y]}: two finite numbers. */
    VEC2("[x, y]"),
    /** {@code [x, y, z]}: three finite numbers. */
    VEC3("[x, y, z]"),
    /** {@code [r, g, b, a]} or {@code [r, g, b]}: integers 0-255 (alpha defaults to 255). */
    COLOR("[r, g, b, a]"),
    /**
     * A flat array of numbers for bulk calls ({@code [x0, y0, z0, x1, ...]}): a JS typed array or array, a Lua
     * sequence table, a Python list, {@code array} or {@code memoryview}. Backends convert it in one pass into
     * {@link ScriptValue.Numbers}; a {@link ScriptValue.Seq} of numbers is accepted too. Only the type is checked
     * here; NaN, infinities and ranges are the method's to check, naming the first bad index.
     */
    NUMBERS("number[]"),
    /** An entity or camera handle: a positive integer below 2^53. */
    HANDLE("handle"),
    /** A string-keyed object of named options, each declared as a field of the parameter. */
    OPTIONS("options"),
    /** A script function. */
    FUNCTION("function"),
    /** A deferred result: a JS Promise, a Lua/Python callback target (returns only). */
    DEFERRED("deferred");

    /** Largest handle every language represents exactly (2^53 - 1). */
    public static final double MAX_HANDLE = 9_007_199_254_740_991.0;

    private final String display;

    ScriptType(String display) {
        this.display = display;
    }

    /** @return how docs and messages write the type, for example {@code "[x, y, z]"} */
    public String display() {
        return display;
    }

    /**
     * Checks a value against this type.
     *
     * @param method qualified method, for the message
     * @param param parameter name as scripts see it (for options: {@code "options.position"})
     * @throws ScriptApiException of kind TYPE (wrong type or shape) or RANGE (NaN, infinity, out of range) naming
     *     the method, parameter and value
     */
    public void check(String method, String param, ScriptValue value) {
        switch (this) {
            case ANY, NONE, DEFERRED -> {
            }
            case BOOLEAN -> require(value instanceof ScriptValue.Bool, method, param, value, "must be a boolean");
            case STRING -> require(value instanceof ScriptValue.Str, method, param, value, "must be a string");
            case FUNCTION -> require(value instanceof ScriptValue.Callable, method, param, value,
                    "must be a function");
            case OPTIONS -> require(value instanceof ScriptValue.Table || value instanceof ScriptValue.Nil, method,
                    param, value, "must be an object of options");
            case NUMBER -> {
                require(value instanceof ScriptValue.Num, method, param, value, "must be a number");
                finite(method, param, value, ((ScriptValue.Num) value).value());
            }
            case HANDLE -> {
                require(value instanceof ScriptValue.Num, method, param, value, "must be a handle (a number)");
                double h = ((ScriptValue.Num) value).value();
                if (!(h >= 1 && h <= MAX_HANDLE && h == Math.rint(h))) {
                    throw new ScriptApiException(ScriptApiException.Kind.HANDLE, method,
                            param + "=" + ScriptValue.display(value) + " is not a valid handle");
                }
            }
            case NUMBERS -> numbers(method, param, value);
            case VEC2 -> vector(method, param, value, 2, 2);
            case VEC3 -> vector(method, param, value, 3, 3);
            case COLOR -> color(method, param, value);
            default -> throw new IllegalStateException("ScriptType.check: unhandled type " + this);
        }
    }

    private static void vector(String method, String param, ScriptValue value, int min, int max) {
        String shape = min == 2 ? "[x, y]" : "[x, y, z]";
        if (!(value instanceof ScriptValue.Seq seq) || seq.items().size() < min || seq.items().size() > max) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, param + "="
                    + ScriptValue.display(value) + " must be an array " + shape + " of " + min + " numbers");
        }
        for (ScriptValue item : seq.items()) {
            if (!(item instanceof ScriptValue.Num n)) {
                throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, param + "="
                        + ScriptValue.display(value) + " must be an array " + shape + " of " + min + " numbers");
            }
            if (!Double.isFinite(n.value())) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, param + "="
                        + ScriptValue.display(value) + " must contain only finite numbers");
            }
        }
    }

    private static void numbers(String method, String param, ScriptValue value) {
        if (value instanceof ScriptValue.Numbers) {
            return;
        }
        if (!(value instanceof ScriptValue.Seq seq)) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, param + "="
                    + ScriptValue.display(value) + " must be a flat array of numbers");
        }
        List<ScriptValue> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof ScriptValue.Num)) {
                throw notANumber(method, param, i, ScriptValue.display(items.get(i)));
            }
        }
    }

    /**
     * The error for element {@code index} of a {@link #NUMBERS} argument that is no number; backends converting
     * a flat array throw it too, so every language names the element the same way.
     *
     * @param shown the element as the script wrote it
     * @return a TYPE error: {@code "entity.setPositions: values[7]=\"x\" must be a number"}
     */
    public static ScriptApiException notANumber(String method, String param, long index, String shown) {
        return new ScriptApiException(ScriptApiException.Kind.TYPE, method,
                param + "[" + index + "]=" + shown + " must be a number");
    }

    private static void color(String method, String param, ScriptValue value) {
        List<ScriptValue> items = value instanceof ScriptValue.Seq seq ? seq.items() : List.of();
        if (items.size() < 3 || items.size() > 4 || !items.stream().allMatch(i -> i instanceof ScriptValue.Num)) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, param + "="
                    + ScriptValue.display(value) + " must be an array [r, g, b, a] of integers 0-255");
        }
        for (ScriptValue item : items) {
            double c = ((ScriptValue.Num) item).value();
            if (!(c >= 0 && c <= 255 && c == Math.rint(c))) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, param + "="
                        + ScriptValue.display(value) + " must contain integers 0-255");
            }
        }
    }

    private static void finite(String method, String param, ScriptValue value, double number) {
        if (!Double.isFinite(number)) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                    param + "=" + ScriptValue.display(value) + " must be a finite number");
        }
    }

    private static void require(boolean ok, String method, String param, ScriptValue value, String rule) {
        if (!ok) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method,
                    param + "=" + ScriptValue.display(value) + " " + rule);
        }
    }
}
