package dev.polyframe.script.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One conformance scenario: {@code scenarios/<feature>/<name>.<ext>}, with the file for each language found on the
 * class path. Immutable.
 *
 * @param feature the folder, for example {@code "entity"}
 * @param name the file name without extension, for example {@code "bad_type"}
 * @param files the scenario file per extension with the dot, for example {@code ".lua"}
 */
public record Scenario(String feature, String name, Map<String, URL> files) {

    /** Copies the map. */
    public Scenario {
        files = Map.copyOf(files);
    }

    /** @return {@code feature/name}, for test names and messages */
    public String id() {
        return feature + "/" + name;
    }

    /** @return the file name a runtime sees for the given extension, for example {@code "bad_type.lua"} */
    public String fileName(String extension) {
        return name + extension;
    }

    /**
     * @return the scenario's source for one extension
     * @throws IllegalArgumentException naming the expected path when there is no file for that extension
     * @throws UncheckedIOException when it cannot be read
     */
    public String source(String extension) {
        URL url = files.get(extension);
        if (url == null) {
            throw new IllegalArgumentException("missing scenario file scenarios/" + id() + extension
                    + ": every scenario needs a version in each backend's language (found " + files.keySet() + ")");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Scenario.source: cannot read " + url, e);
        }
    }
}
