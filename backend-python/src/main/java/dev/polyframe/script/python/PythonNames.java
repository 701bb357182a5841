package dev.polyframe.script.python;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Python spellings of API names: {@code setPosition} → {@code set_position}, {@code getFPS} → {@code get_fps},
 * {@code isKeyDown} → {@code is_key_down}. Thread-safe (stateless).
 */
final class PythonNames {
    /** A lower-case letter or digit followed by an upper-case letter: {@code tP} in {@code setPosition}. */
    private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");
    /** The end of an upper-case run before a capitalised word: {@code LW} in {@code parseHTMLWord}. */
    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");

    private PythonNames() {
    }

    /** @return the snake_case form of a camelCase name; a name without capitals comes back unchanged */
    static String snakeCase(String camelCase) {
        String split = WORD_START.matcher(ACRONYM_END.matcher(camelCase).replaceAll("$1_$2")).replaceAll("$1_$2");
        return split.toLowerCase(Locale.ROOT);
    }
}
