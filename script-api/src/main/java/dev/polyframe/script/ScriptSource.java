package dev.polyframe.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A script's text and the name errors point at. Immutable, thread-safe.
 *
 * @param name the name errors show, for example {@code "protogame/main.js"} or an absolute path
 * @param text the source text
 */
public record ScriptSource(String name, String text) {

    /**
     * @throws IllegalArgumentException when {@code name} or {@code text} is {@code null}
     */
    public ScriptSource {
        if (name == null || text == null) {
            throw new IllegalArgumentException("ScriptSource: name=" + name + ", text must not be null");
        }
    }

    /**
     * Reads a UTF-8 file; errors will name it by {@code path.toString()}.
     *
     * @throws IOException when the file cannot be read
     */
    public static ScriptSource read(Path path) throws IOException {
        return new ScriptSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }
}
