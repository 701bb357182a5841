package dev.polyframe.ecs.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptEntry;
import dev.polyframe.script.ScriptPermission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameTest {
    @TempDir
    Path folder;

    private Game game(String manifest) throws IOException {
        Files.writeString(folder.resolve("game.json"), manifest);
        Files.writeString(folder.resolve("main.js"), "function update(dt) {}");
        return Game.fromFolder(folder);
    }

    @Test
    void shouldReadPermissions() throws IOException {
        Game game = game("{\"name\": \"g\", \"defaultLanguage\": \"js\", \"scripts\": {\"js\": \"main.js\"}, "
                + "\"permissions\": [\"read-game-files\"]}");
        assertEquals(Set.of(ScriptPermission.READ_GAME_FILES), game.manifest().scriptPermissions());
        ScriptEntry entry = game.entry(null);
        assertEquals(Set.of(ScriptPermission.READ_GAME_FILES), entry.scope().permissions());
        assertEquals(folder.toRealPath(), entry.scope().root());
    }

    @Test
    void shouldHaveNoPermissionsWhenTheManifestNamesNone() throws IOException {
        Game game = game("{\"name\": \"g\", \"defaultLanguage\": \"js\", \"scripts\": {\"js\": \"main.js\"}}");
        assertEquals(Set.of(), game.entry("js").scope().permissions());
    }

    @Test
    void shouldRefuseAnUnknownPermissionAtStartup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> game("{\"name\": \"g\", "
                + "\"defaultLanguage\": \"js\", \"scripts\": {\"js\": \"main.js\"}, \"permissions\": [\"network\"]}"));
        assertTrue(e.getMessage().startsWith("game.json: permissions contains unknown permission \"network\"; known: "
                + "read-game-files ("), e.getMessage());
    }

    @Test
    void shouldReadTheEntryScriptAgainOnEveryRead() throws IOException {
        ScriptEntry entry = game("{\"name\": \"g\", \"defaultLanguage\": \"js\", \"scripts\": {\"js\": \"main.js\"}}")
                .entry(null);
        Files.writeString(folder.resolve("main.js"), "function update(dt) { edited(); }");
        assertEquals("function update(dt) { edited(); }", entry.read().text());
    }
}
