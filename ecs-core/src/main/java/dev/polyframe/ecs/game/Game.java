package dev.polyframe.ecs.game;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.polyframe.script.ScriptEntry;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.ScriptSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A game: a folder with a {@code game.json} manifest and its scripts, either on disk or packaged on the class path
 * (the sample games). Immutable and thread-safe.
 */
public final class Game {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GameManifest manifest;
    private final Path folder;
    private final String resourceRoot;
    private final ClassLoader loader;

    private Game(GameManifest manifest, Path folder, String resourceRoot, ClassLoader loader) {
        this.manifest = manifest;
        this.folder = folder;
        this.resourceRoot = resourceRoot;
        this.loader = loader;
    }

    /**
     * Loads a game folder from disk.
     *
     * @throws IOException when {@code game.json} is missing or unreadable
     * @throws IllegalArgumentException when the manifest is invalid (a missing field, an unknown permission), with
     *     the manifest's own message and path
     */
    public static Game fromFolder(Path folder) throws IOException {
        Path manifestFile = folder.resolve("game.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException("Game.fromFolder: folder=" + folder + " has no game.json");
        }
        try {
            return new Game(JSON.readValue(manifestFile.toFile(), GameManifest.class), folder, null, null);
        } catch (ValueInstantiationException e) {
            // The manifest's own check (a missing field, an unknown permission) says it best, without Jackson's frame.
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new IllegalArgumentException(invalid.getMessage() + " (" + manifestFile + ")", e);
            }
            throw e;
        }
    }

    /**
     * Finds a game packaged on the class path under {@code games/<name>/}.
     *
     * @return the game, or empty when there is no such resource
     * @throws UncheckedIOException when the manifest cannot be read
     */
    public static Optional<Game> fromClasspath(String name, ClassLoader loader) {
        String root = "games/" + name + "/";
        try (InputStream in = loader.getResourceAsStream(root + "game.json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Game(JSON.readValue(in, GameManifest.class), null, root, loader));
        } catch (IOException e) {
            throw new UncheckedIOException("Game.fromClasspath: name=" + name + ": " + e.getMessage(), e);
        }
    }

    /** @return the manifest */
    public GameManifest manifest() {
        return manifest;
    }

    /**
     * Reads the entry script for a language. Errors will name it {@code <game name>/<file>} for packaged games and
     * by its path for folders.
     *
     * @param language a language id, or {@code null} for the manifest's default
     * @throws IllegalArgumentException naming the language and the available ones when the game has no script
     *     for it
     * @throws IOException when the script cannot be read
     */
    public ScriptSource entryScript(String language) throws IOException {
        String lang = language == null ? manifest.defaultLanguage() : language;
        String file = manifest.scripts().get(lang);
        if (file == null) {
            throw new IllegalArgumentException("Game.entryScript: language=" + lang + " has no script in game "
                    + manifest.name() + "; available: " + manifest.scripts().keySet());
        }
        if (folder != null) {
            return ScriptSource.read(folder.resolve(file));
        }
        try (InputStream in = loader.getResourceAsStream(resourceRoot + file)) {
            if (in == null) {
                throw new IOException("Game.entryScript: resource " + resourceRoot + file + " is missing");
            }
            return new ScriptSource(manifest.name() + "/" + file, new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    /** @return the game folder on disk, or empty for a game packaged on the class path */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * The entry script for a language as the engine loads it: for a folder game, read from disk on the script
     * worker at start and on every hot reload, with the folder as the module root and the manifest's permissions;
     * for a packaged game, read now, with no folder (no modules) and no permissions.
     *
     * @param language a language id, or {@code null} for the manifest's default
     * @throws IllegalArgumentException naming the language and the available ones when the game has no script
     *     for it, or when a packaged game asks for permissions (they need a folder)
     * @throws IOException when the folder cannot be resolved or a packaged script cannot be read
     */
    public ScriptEntry entry(String language) throws IOException {
        String lang = language == null ? manifest.defaultLanguage() : language;
        String file = manifest.scripts().get(lang);
        if (file == null) {
            throw new IllegalArgumentException("Game.entry: language=" + lang + " has no script in game "
                    + manifest.name() + "; available: " + manifest.scripts().keySet());
        }
        if (folder == null) {
            if (!manifest.permissions().isEmpty()) {
                throw new IllegalArgumentException("Game.entry: game " + manifest.name() + " is packaged on the class "
                        + "path; permissions " + manifest.permissions() + " need a game folder");
            }
            return ScriptEntry.of(entryScript(lang));
        }
        ScriptScope scope = ScriptScope.of(folder, manifest.scriptPermissions());
        return ScriptEntry.file(scope.root().resolve(file), scope);
    }

    /** @return the language to run: {@code requested} when given, else the manifest's default */
    public String language(String requested) {
        return requested == null ? manifest.defaultLanguage() : requested;
    }
}
