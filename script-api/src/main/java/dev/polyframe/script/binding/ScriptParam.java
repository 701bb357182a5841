package dev.polyframe.script.binding;

import java.util.List;

/**
 * Metadata of one parameter (or one named option) of a script method. Immutable, thread-safe.
 *
 * @param name name as scripts see it
 * @param type its type
 * @param optional whether it may be left out (trailing parameters only) or be null
 * @param unit unit of numbers, for example {@code "world units"}, {@code "degrees"}, {@code "seconds"}, or
 *     {@code ""}
 * @param doc one sentence for the API reference and stubs, including allowed values or range
 * @param fields named options, for {@link ScriptType#OPTIONS} parameters; empty otherwise
 */
public record ScriptParam(String name, ScriptType type, boolean optional, String unit, String doc,
        List<ScriptParam> fields) {

    /** Copies {@code fields}. */
    public ScriptParam {
        fields = List.copyOf(fields);
    }

    /** @return a required parameter */
    public static ScriptParam required(String name, ScriptType type, String unit, String doc) {
        return new ScriptParam(name, type, false, unit, doc, List.of());
    }

    /** @return an optional parameter or option */
    public static ScriptParam optional(String name, ScriptType type, String unit, String doc) {
        return new ScriptParam(name, type, true, unit, doc, List.of());
    }

    /** @return an optional options object with the given named fields */
    public static ScriptParam options(String name, String doc, ScriptParam... fields) {
        return new ScriptParam(name, ScriptType.OPTIONS, true, "", doc, List.of(fields));
    }
}
