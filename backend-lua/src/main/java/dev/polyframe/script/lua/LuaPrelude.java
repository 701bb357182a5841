package dev.polyframe.script.lua;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;

/**
 * Runs {@code prelude.lua}, which defines the global {@code polyframe} ({@code spawn}, {@code await}) from the host
 * functions of {@link LuaTasks}. Its chunk name is hidden from script stacks. Stateless; the runtime's worker thread.
 */
final class LuaPrelude {
    /** Chunk name of the prelude; frames in it never appear in script stacks. */
    static final String CHUNK = "polyframe:prelude.lua";
    /** Resource holding the prelude, next to this class. */
    static final String RESOURCE = "prelude.lua";

    private LuaPrelude() {
    }

    /**
     * Runs the prelude in the globals.
     *
     * @param host the functions the prelude receives as its chunk argument
     * @throws org.luaj.vm2.LuaError when the prelude fails (a bug in it)
     */
    static void install(Globals globals, LuaStack stack, LuaTable host) {
        stack.loaded(CHUNK);
        globals.load(text(), CHUNK).call(host);
    }

    private static String text() {
        try (InputStream in = LuaPrelude.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("LuaPrelude.text: resource " + RESOURCE + " is missing from "
                        + LuaPrelude.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("LuaPrelude.text: cannot read " + RESOURCE, e);
        }
    }
}
