package dev.polyframe.sync.input;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Key and mouse-button names as scripts and Java injection write them, and their codes. Key codes are GLFW's
 * ({@code GLFW_KEY_*}, GLFW 3.4 as shipped with LWJGL 3.3.6), so the window passes GLFW's key callback values through
 * unchanged; names are GLFW's constant names without the {@code GLFW_KEY_} prefix. Button codes are GLFW's
 * {@code GLFW_MOUSE_BUTTON_LEFT/RIGHT/MIDDLE} (0, 1, 2).
 *
 * <p>Names: letters {@code "A"}..{@code "Z"}, digits {@code "0"}..{@code "9"}, {@code "SPACE"}, {@code "ENTER"},
 * {@code "ESCAPE"}, {@code "TAB"}, {@code "BACKSPACE"}, {@code "INSERT"}, {@code "DELETE"}, arrows {@code "LEFT"},
 * {@code "RIGHT"}, {@code "UP"}, {@code "DOWN"}, {@code "PAGE_UP"}, {@code "PAGE_DOWN"}, {@code "HOME"},
 * {@code "END"}, {@code "F1"}..{@code "F25"}, modifiers {@code "LEFT_SHIFT"}, {@code "RIGHT_SHIFT"},
 * {@code "LEFT_CONTROL"}, {@code "RIGHT_CONTROL"}, {@code "LEFT_ALT"}, {@code "RIGHT_ALT"}, {@code "LEFT_SUPER"},
 * {@code "RIGHT_SUPER"}, keypad {@code "KP_0"}..{@code "KP_9"}, {@code "KP_ENTER"}, {@code "KP_ADD"}..., and
 * punctuation ({@code "COMMA"}, {@code "MINUS"}, {@code "PERIOD"}, {@code "SLASH"}, {@code "SEMICOLON"},
 * {@code "EQUAL"}, {@code "APOSTROPHE"}, {@code "GRAVE_ACCENT"}, {@code "LEFT_BRACKET"}, {@code "RIGHT_BRACKET"},
 * {@code "BACKSLASH"}, {@code "WORLD_1"}, {@code "WORLD_2"}), {@code "CAPS_LOCK"}, {@code "PRINT_SCREEN"},
 * {@code "PAUSE"}, {@code "MENU"}. Lookups also accept lower case ({@code "w"}, {@code "space"}). Keys name
 * physical US-layout positions, as GLFW's key codes do.
 *
 * <p>Immutable tables; any thread.
 */
public final class Keys {
    /** Key codes run from 0 to {@code KEY_COUNT - 1} ({@code GLFW_KEY_LAST} is 348). */
    public static final int KEY_COUNT = 349;
    /** Mouse button codes run from 0 to {@code BUTTON_COUNT - 1} ({@code GLFW_MOUSE_BUTTON_LAST} is 7). */
    public static final int BUTTON_COUNT = 8;
    /** {@code GLFW_MOUSE_BUTTON_LEFT}. */
    public static final int BUTTON_LEFT = 0;
    /** {@code GLFW_MOUSE_BUTTON_RIGHT}. */
    public static final int BUTTON_RIGHT = 1;
    /** {@code GLFW_MOUSE_BUTTON_MIDDLE}. */
    public static final int BUTTON_MIDDLE = 2;

    private static final Map<String, Integer> KEYS;
    private static final Map<String, Integer> LOOKUP;
    private static final String[] NAMES = new String[KEY_COUNT];

    static {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            keys.put(String.valueOf(c), (int) c);
        }
        for (char c = '0'; c <= '9'; c++) {
            keys.put(String.valueOf(c), (int) c);
        }
        keys.put("SPACE", 32);
        keys.put("APOSTROPHE", 39);
        keys.put("COMMA", 44);
        keys.put("MINUS", 45);
        keys.put("PERIOD", 46);
        keys.put("SLASH", 47);
        keys.put("SEMICOLON", 59);
        keys.put("EQUAL", 61);
        keys.put("LEFT_BRACKET", 91);
        keys.put("BACKSLASH", 92);
        keys.put("RIGHT_BRACKET", 93);
        keys.put("GRAVE_ACCENT", 96);
        keys.put("WORLD_1", 161);
        keys.put("WORLD_2", 162);
        keys.put("ESCAPE", 256);
        keys.put("ENTER", 257);
        keys.put("TAB", 258);
        keys.put("BACKSPACE", 259);
        keys.put("INSERT", 260);
        keys.put("DELETE", 261);
        keys.put("RIGHT", 262);
        keys.put("LEFT", 263);
        keys.put("DOWN", 264);
        keys.put("UP", 265);
        keys.put("PAGE_UP", 266);
        keys.put("PAGE_DOWN", 267);
        keys.put("HOME", 268);
        keys.put("END", 269);
        keys.put("CAPS_LOCK", 280);
        keys.put("SCROLL_LOCK", 281);
        keys.put("NUM_LOCK", 282);
        keys.put("PRINT_SCREEN", 283);
        keys.put("PAUSE", 284);
        for (int f = 1; f <= 25; f++) {
            keys.put("F" + f, 289 + f);
        }
        for (int k = 0; k <= 9; k++) {
            keys.put("KP_" + k, 320 + k);
        }
        keys.put("KP_DECIMAL", 330);
        keys.put("KP_DIVIDE", 331);
        keys.put("KP_MULTIPLY", 332);
        keys.put("KP_SUBTRACT", 333);
        keys.put("KP_ADD", 334);
        keys.put("KP_ENTER", 335);
        keys.put("KP_EQUAL", 336);
        keys.put("LEFT_SHIFT", 340);
        keys.put("LEFT_CONTROL", 341);
        keys.put("LEFT_ALT", 342);
        keys.put("LEFT_SUPER", 343);
        keys.put("RIGHT_SHIFT", 344);
        keys.put("RIGHT_CONTROL", 345);
        keys.put("RIGHT_ALT", 346);
        keys.put("RIGHT_SUPER", 347);
        keys.put("MENU", 348);
        KEYS = Collections.unmodifiableMap(keys);
        Map<String, Integer> lookup = new HashMap<>();
        keys.forEach((name, code) -> {
            lookup.put(name, code);
            lookup.put(name.toLowerCase(java.util.Locale.ROOT), code);
            NAMES[code] = name;
        });
        LOOKUP = Map.copyOf(lookup);
    }

    private Keys() {
    }

    /**
     * @param name a key name (see the class comment), upper or lower case; may be {@code null}
     * @return its GLFW key code, or -1 when {@code name} is no key name
     */
    public static int keyCode(String name) {
        Integer code = name == null ? null : LOOKUP.get(name);
        return code == null ? -1 : code;
    }

    /** @return the key's name, or {@code null} when {@code code} names no key */
    public static String keyName(int code) {
        return code >= 0 && code < KEY_COUNT ? NAMES[code] : null;
    }

    /** @return every key name (upper case) with its code, in documentation order; unmodifiable */
    public static Map<String, Integer> keys() {
        return KEYS;
    }

    /**
     * @param name {@code "left"}, {@code "right"} or {@code "middle"} (any case); may be {@code null}
     * @return {@link #BUTTON_LEFT}, {@link #BUTTON_RIGHT} or {@link #BUTTON_MIDDLE}, or -1 for any other name
     */
    public static int buttonCode(String name) {
        if (name == null) {
            return -1;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "left" -> BUTTON_LEFT;
            case "right" -> BUTTON_RIGHT;
            case "middle" -> BUTTON_MIDDLE;
            default -> -1;
        };
    }
}
