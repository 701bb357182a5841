package dev.polyframe.script;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A game's entry script as the script worker loads it: its name, a way to read its current text (again on every
 * hot reload), and the {@link ScriptScope} its runtime gets. Implementations are immutable and thread-safe; the
 * worker calls {@link #read()} on its own thread.
 */
public interface ScriptEntry {

    /** @return the name errors show, for example {@code "protogame/main.js"} or a path */
    String name();

    /**
     * @return the entry script's current text
     * @throws IOException when it cannot be read
     */
    ScriptSource read() throws IOException;

    /** @return the game folder and permissions of the game */
    ScriptScope scope();

    /**
     * @param source fixed text (a packaged game, a test)
     * @return an entry that always reads {@code source}, with no game folder (no modules) and no permissions
     */
    static ScriptEntry of(ScriptSource source) {
        return of(source, ScriptScope.NONE);
    }

    /**
     * @param source fixed text
     * @param scope folder and permissions
     * @return an entry that always reads {@code source}
     */
    static ScriptEntry of(ScriptSource source, ScriptScope scope) {
        return new ScriptEntry() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public ScriptSource read() {
                return source;
            }

            @Override
            public ScriptScope scope() {
                return scope;
            }
        };
    }

    /**
     * @param file the entry script on disk, read as UTF-8 on every {@link #read()} (so a hot reload sees edits)
     * @param scope folder and permissions
     * @return an entry reading {@code file}; errors name it by {@code file.toString()}
     */
    static ScriptEntry file(Path file, ScriptScope scope) {
        return new ScriptEntry() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public ScriptSource read() throws IOException {
                return ScriptSource.read(file);
            }

            @Override
            public ScriptScope scope() {
                return scope;
            }
        };
    }
}
