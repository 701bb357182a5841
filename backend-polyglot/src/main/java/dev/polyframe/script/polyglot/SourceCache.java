package dev.polyframe.script.polyglot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Source;

/**
 * The {@link Source}s one shared engine has run, by file name and text, so a second context (or a reload of an
 * unchanged file) evaluates the very same {@code Source}: GraalVM keys its parsed (and compiled) code on the source,
 * and holds that code only while the source is reachable, so keeping the sources keeps the code, and extra contexts
 * skip parsing. Bounded: the {@value #CAPACITY} most recently used sources stay (a game has a handful of files; edits
 * during hot reload age out).
 *
 * <p>Thread-safe (synchronized): runtimes of several worker threads may share one engine.
 */
public final class SourceCache {
    /** Most sources kept. */
    public static final int CAPACITY = 256;

    private record Key(String language, String name, String text) {
    }

    private final Map<Key, Source> sources = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Source> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @param language the GraalVM language id
     * @param name the file name scripts and stacks see
     * @param text the code
     * @return the cached source of that name and text, made now when new
     */
    public synchronized Source get(String language, String name, String text) {
        return sources.computeIfAbsent(new Key(language, name, text),
                key -> Source.newBuilder(language, text, name).cached(true).buildLiteral());
    }

    /** @return sources held now */
    public synchronized int size() {
        return sources.size();
    }
}
