package dev.polyframe.script;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A capability beyond the bound interfaces that a game opts into in its {@code game.json} ({@code "permissions":
 * ["read-game-files"]}). Without any, scripts reach the host only through bound interfaces (ARCHITECTURE.md §5).
 * Immutable, thread-safe.
 */
public enum ScriptPermission {
    /**
     * Read (never write) any file under the game folder with the language's own file API: Python {@code open(path)},
     * Lua {@code io.open(path)} / {@code io.lines(path)}, JavaScript {@code read(path)} / {@code readbuffer(path)}.
     * Paths are relative to the game folder; anything resolving outside it (through {@code ..}, an absolute path or
     * a symbolic link) is still denied.
     */
    READ_GAME_FILES("read-game-files");

    private final String id;

    ScriptPermission(String id) {
        this.id = id;
    }

    /** @return the name {@code game.json} uses, for example {@code "read-game-files"} */
    public String id() {
        return id;
    }

    /**
     * @param id a name from {@code game.json}
     * @return the permission of that name
     * @throws IllegalArgumentException naming the value and the known names when there is no such permission
     */
    public static ScriptPermission parse(String id) {
        for (ScriptPermission permission : values()) {
            if (permission.id.equals(id)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("game.json: permissions contains unknown permission \"" + id
                + "\"; known: " + Arrays.stream(values()).map(ScriptPermission::id).collect(Collectors.joining(", ")));
    }
}
