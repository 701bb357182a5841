package dev.polyframe.script.polyglot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Source;

/**
 * Loads a backend's own guest code (its prelude) from a class path resource as an internal {@link Source}, so its
 * frames never appear in script stacks. Equal content gives equal sources, so a shared engine reuses the parsed code
 * across contexts. Thread-safe (stateless).
 */
public final class InternalSources {
    private InternalSources() {
    }

    /**
     * @param anchor the class the resource lies next to; its simple name prefixes failure messages
     * @param resource the resource name, relative to {@code anchor}'s package, UTF-8
     * @param language the GraalVM language of the code
     * @param sourceName the name of the source
     * @return the internal source
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static Source fromResource(Class<?> anchor, String resource, GuestLanguage language, String sourceName) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(anchor.getSimpleName() + ".source: resource " + resource
                        + " is missing from " + anchor.getPackageName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(language.id(), text, sourceName).internal(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(anchor.getSimpleName() + ".source: cannot read " + resource, e);
        }
    }
}
