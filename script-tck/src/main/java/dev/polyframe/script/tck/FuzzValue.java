package dev.polyframe.script.tck;

import java.util.List;
import java.util.Map;

/**
 * A script value the fuzzer writes as a literal in each language ({@link BadInputFuzzKit#literal}). Immutable.
 */
public sealed interface FuzzValue {
    /** {@code null} / {@code nil} / {@code None}. */
    public record Nil() implements FuzzValue {
    }

    /** A boolean. */
    public record Bool(boolean value) implements FuzzValue {
    }

    /** A number, NaN and infinities included. */
    public record Num(double value) implements FuzzValue {
    }

    /** A string of printable ASCII. */
    public record Str(String value) implements FuzzValue {
    }

    /** An array / sequence table / list. */
    public record Seq(List<FuzzValue> items) implements FuzzValue {
    }

    /** An object / table / dict with string keys. */
    public record Table(Map<String, FuzzValue> entries) implements FuzzValue {
    }

    /** A function that returns nothing. */
    public record Fn() implements FuzzValue {
    }

    /** @return a short description for failure messages */
    default String describe() {
        String text = toString();
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
