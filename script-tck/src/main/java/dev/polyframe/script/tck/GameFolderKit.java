package dev.polyframe.script.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptPermission;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The game-folder kit: a backend extends it and each test starts a runtime for {@code kits/gamefolder/} copied to
 * {@code <temp>/game}, beside an {@code <temp>/outside} folder holding a secret module and file, with symbolic links
 * {@code game/link.<ext>} and {@code game/link.txt} pointing at them. It checks that the entry script imports its
 * modules (and they theirs) from the game folder; that every way out ({@code ..}, absolute paths, links) is denied
 * with a clear error; that files other than modules are unreadable without {@code read-game-files}, readable (only
 * readable) with it, and still nothing outside the folder.
 *
 * <p>The kit's scripts define {@code tagged()}, {@code escapes(outside)} (a list of attempts, each
 * {@code "OK value"} or {@code "ERR message"}), {@code forbidden()} (host access the sandbox must still deny with a
 * game folder: host classes, other languages, processes...), {@code readFile(path)} and optionally
 * {@code writeFile(path)}.
 *
 * <p>Threads: the JUnit thread creates, uses and closes each runtime.
 */
public abstract class GameFolderKit {
    private static final String SECRET = "SECRET-42";
    /** What a denial must say: the path is outside, not a module name, not permitted, or not found as a module. */
    private static final Pattern CLEAR_DENIAL = Pattern.compile("outside the game folder|is not a module name"
            + "|Operation not permitted|read-only|needs \"permissions\"|No module named|not defined|nil value");

    @TempDir
    Path temp;

    private Path game;
    private Path outside;

    /** @return the backend under test */
    protected abstract ScriptBackend backend();

    /** @return the extension of the kit's script files, with the dot; the backend's first by default */
    protected String extension() {
        return backend().fileExtensions().get(0);
    }

    @BeforeEach
    void createFolders() throws IOException {
        String ext = extension();
        game = temp.resolve("game");
        outside = temp.resolve("outside");
        for (String file : List.of("main" + ext, "util" + ext, "sub/helper" + ext, "data.txt")) {
            KitFiles.copy("gamefolder/" + file, game.resolve(file));
        }
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(outside.resolve("secret" + ext), switch (ext) {
            case ".js" -> "exports.secret = '" + SECRET + "';";
            case ".lua" -> "return { secret = '" + SECRET + "' }";
            default -> "secret = '" + SECRET + "'";
        });
        Files.createSymbolicLink(game.resolve("link" + ext), outside.resolve("secret" + ext));
        Files.createSymbolicLink(game.resolve("link.txt"), outside.resolve("secret.txt"));
    }

    @Test
    void shouldImportModulesFromTheGameFolder() throws Exception {
        try (ScriptRuntime runtime = start(Set.of())) {
            assertEquals(ScriptValue.of("util:x:7"), runtime.call("tagged", List.of()),
                    "main imports util, which imports sub/helper");
        }
    }

    @Test
    void shouldDenyEveryModuleOutsideTheGameFolder() throws Exception {
        try (ScriptRuntime runtime = start(Set.of(ScriptPermission.READ_GAME_FILES))) {
            ScriptValue result = runtime.call("escapes", List.of(ScriptValue.of(outside.toString())));
            assertTrue(result instanceof ScriptValue.Seq seq && seq.items().size() >= 3, "attempts: " + result);
            for (ScriptValue attempt : ((ScriptValue.Seq) result).items()) {
                assertDenied(attempt);
            }
        }
    }

    @Test
    void shouldStillDenyTheHostWithAGameFolderAndThePermission() throws Exception {
        try (ScriptRuntime runtime = start(Set.of(ScriptPermission.READ_GAME_FILES))) {
            ScriptValue result = runtime.call("forbidden", List.of());
            assertTrue(result instanceof ScriptValue.Seq seq && seq.items().size() >= 3, "attempts: " + result);
            for (ScriptValue attempt : ((ScriptValue.Seq) result).items()) {
                String text = attempt instanceof ScriptValue.Str s ? s.value() : String.valueOf(attempt);
                assertTrue(text.startsWith("ERR ") && text.length() > "ERR ".length(),
                        () -> "expected a denial with a message, got: " + text);
            }
        }
    }

    @Test
    void shouldNotReadGameFilesWithoutThePermission() throws Exception {
        try (ScriptRuntime runtime = start(Set.of())) {
            assertDenied(runtime.call("readFile", List.of(ScriptValue.of("data.txt"))));
        }
    }

    @Test
    void shouldReadGameFilesWithThePermission() throws Exception {
        try (ScriptRuntime runtime = start(Set.of(ScriptPermission.READ_GAME_FILES))) {
            assertEquals(ScriptValue.of("OK data\n"), runtime.call("readFile", List.of(ScriptValue.of("data.txt"))));
            assertEquals(ScriptValue.of("OK data\n"), runtime.call("readFile",
                    List.of(ScriptValue.of(game.resolve("data.txt").toString()))), "an absolute path inside");
        }
    }

    @Test
    void shouldReadNothingOutsideTheGameFolderWithThePermission() throws Exception {
        try (ScriptRuntime runtime = start(Set.of(ScriptPermission.READ_GAME_FILES))) {
            for (String path : List.of("../outside/secret.txt", outside.resolve("secret.txt").toString(), "link.txt",
                    "/etc/hostname")) {
                assertDenied(runtime.call("readFile", List.of(ScriptValue.of(path))));
            }
        }
    }

    @Test
    void shouldWriteNothingWithThePermission() throws Exception {
        try (ScriptRuntime runtime = start(Set.of(ScriptPermission.READ_GAME_FILES))) {
            if (runtime.hasFunction("writeFile")) {
                assertDenied(runtime.call("writeFile", List.of(ScriptValue.of("new.txt"))));
            }
            assertFalse(Files.exists(game.resolve("new.txt")), "the game folder is read-only");
        }
    }

    private ScriptRuntime start(Set<ScriptPermission> permissions) throws IOException, ScriptException {
        ScriptScope scope = ScriptScope.of(game, permissions);
        ScriptRuntime runtime = backend().createRuntime(scope);
        try {
            runtime.load(ScriptSource.read(scope.root().resolve("main" + extension())));
        } catch (ScriptException | RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    private static void assertDenied(ScriptValue attempt) {
        String text = attempt instanceof ScriptValue.Str s ? s.value() : String.valueOf(attempt);
        assertTrue(text.startsWith("ERR "), () -> "expected a denial, got: " + text);
        assertFalse(text.contains(SECRET), () -> "the denial leaks the secret: " + text);
        assertTrue(CLEAR_DENIAL.matcher(text).find(), () -> "the denial does not say why: " + text);
    }
}
