package dev.polyframe.script.binding;

import dev.polyframe.script.value.ScriptValue;
import java.util.List;

/**
 * The arguments of one call, already checked against the method's {@link ScriptParam}s by
 * {@link ScriptMethod#invoke}, with typed accessors. Worker thread; valid for the duration of the call.
 *
 * <p>The accessors trust the validation: asking for the wrong type is a programming error in the interface and
 * throws {@link ClassCastException}.
 */
public final class ScriptArgs {
    private final List<ScriptValue> values;

    ScriptArgs(List<ScriptValue> values) {
        this.values = values;
    }

    /** @return the argument, or {@link ScriptValue#NIL} when it was left out */
    public ScriptValue get(int index) {
        return index < values.size() ? values.get(index) : ScriptValue.NIL;
    }

    /** @return whether the argument was given and is not null */
    public boolean present(int index) {
        return !(get(index) instanceof ScriptValue.Nil);
    }

    /**
     * @return the named option of an options argument, or {@link ScriptValue#NIL} when absent
     */
    public ScriptValue option(int index, String name) {
        if (get(index) instanceof ScriptValue.Table table) {
            return table.entries().getOrDefault(name, ScriptValue.NIL);
        }
        return ScriptValue.NIL;
    }

    /** @return a {@link ScriptType#NUMBER} argument */
    public double number(int index) {
        return number(get(index));
    }

    /** @return a {@link ScriptType#STRING} argument */
    public String string(int index) {
        return string(get(index));
    }

    /** @return a {@link ScriptType#BOOLEAN} argument */
    public boolean bool(int index) {
        return bool(get(index));
    }

    /** @return a {@link ScriptType#HANDLE} argument */
    public long handle(int index) {
        return (long) number(get(index));
    }

    /** @return element {@code component} of a VEC2/VEC3 argument */
    public double element(int index, int component) {
        return element(get(index), component);
    }

    /** @return a {@link ScriptType#COLOR} argument packed as {@code 0xRRGGBBAA} */
    public int rgba(int index) {
        return rgba(get(index));
    }

    /**
     * @return a {@link ScriptType#NUMBERS} argument as a flat array: the backend's array itself (not a copy) or the
     *     numbers of a sequence
     */
    public double[] numbers(int index) {
        ScriptValue value = get(index);
        if (value instanceof ScriptValue.Numbers numbers) {
            return numbers.values();
        }
        List<ScriptValue> items = ((ScriptValue.Seq) value).items();
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(items.get(i));
        }
        return out;
    }

    /** @return a number value */
    public static double number(ScriptValue value) {
        return ((ScriptValue.Num) value).value();
    }

    /** @return a string value */
    public static String string(ScriptValue value) {
        return ((ScriptValue.Str) value).value();
    }

    /** @return a boolean value */
    public static boolean bool(ScriptValue value) {
        return ((ScriptValue.Bool) value).value();
    }

    /** @return element {@code component} of a vector value */
    public static double element(ScriptValue value, int component) {
        return number(((ScriptValue.Seq) value).items().get(component));
    }

    /** @return a colour value packed as {@code 0xRRGGBBAA}; alpha is 255 when only {@code [r, g, b]} was given */
    public static int rgba(ScriptValue value) {
        List<ScriptValue> items = ((ScriptValue.Seq) value).items();
        int a = items.size() > 3 ? (int) number(items.get(3)) : 255;
        return ((int) number(items.get(0)) << 24) | ((int) number(items.get(1)) << 16)
                | ((int) number(items.get(2)) << 8) | a;
    }
}
