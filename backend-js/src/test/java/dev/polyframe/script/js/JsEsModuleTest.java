package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry script {@code main.mjs} is an ES module: it imports from the game folder and exports its hooks. */
class JsEsModuleTest {
    @TempDir
    Path temp;

    private ScriptScope scope;

    @BeforeEach
    void createGame() throws IOException {
        Path game = temp.resolve("game");
        Files.createDirectories(game.resolve("sub"));
        Files.writeString(game.resolve("util.mjs"), "import { n } from './sub/helper.mjs';\n"
                + "export function tag(s) { return 'util:' + s + ':' + n; }\n");
        Files.writeString(game.resolve("sub/helper.mjs"), "export const n = 7;\n");
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/secret.mjs"), "export const secret = 'SECRET';\n");
        scope = ScriptScope.of(game, Set.of());
    }

    private ScriptRuntime load(String text) throws IOException, ScriptException {
        Path main = scope.root().resolve("main.mjs");
        Files.writeString(main, text);
        ScriptRuntime runtime = SharedEngine.backend().createRuntime(scope);
        try {
            runtime.load(ScriptSource.read(main));
        } catch (ScriptException | RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    @Test
    void shouldImportFromTheGameFolderAndExportTheHooks() throws Exception {
        try (ScriptRuntime runtime = load("import { tag } from './util.mjs';\n"
                + "export function update(dt) { return tag('x'); }\n")) {
            assertTrue(runtime.hasFunction("update"), "the exported hook is found");
            assertEquals(ScriptValue.of("util:x:7"), runtime.call("update", List.of(ScriptValue.of(0.016))));
        }
    }

    @Test
    void shouldRefuseAnImportOutsideTheGameFolder() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> load("import { secret } from '../outside/secret.mjs';\nexport function update(dt) {}\n").close());
        assertTrue(e.error().message().contains("is outside the game folder"), e.error().format());
        assertTrue(!e.error().message().contains("SECRET"), e.error().format());
    }

    @Test
    void shouldSeeAnEditedModuleInTheNextRuntime() throws Exception {
        String main = "import { tag } from './util.mjs';\nexport function update(dt) { return tag('x'); }\n";
        try (ScriptRuntime first = load(main)) {
            assertEquals(ScriptValue.of("util:x:7"), first.call("update", List.of(ScriptValue.of(0))));
        }
        Files.writeString(scope.root().resolve("util.mjs"), "export function tag(s) { return 'edited:' + s; }\n");
        try (ScriptRuntime second = load(main)) {
            assertEquals(ScriptValue.of("edited:x"), second.call("update", List.of(ScriptValue.of(0))));
        }
    }
}
