package dev.polyframe.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptScopeTest {
    @TempDir
    Path temp;

    private ScriptScope scope;
    private Path outside;

    @BeforeEach
    void createGame() throws IOException {
        Path game = Files.createDirectories(temp.resolve("game/sub"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("game/sub/a.txt"), "a");
        Files.writeString(outside.resolve("secret.txt"), "s");
        Files.createSymbolicLink(temp.resolve("game/link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(temp.resolve("game/linkdir"), outside);
        scope = ScriptScope.of(game.getParent(), Set.of());
    }

    @Test
    void shouldResolveRelativePathsInsideTheGameFolder() {
        assertEquals(scope.root().resolve("sub/a.txt"), scope.resolve("sub/a.txt"));
        assertEquals(scope.root().resolve("sub/new.txt"), scope.resolve("sub/../sub/new.txt"));
    }

    @Test
    void shouldRefuseParentAbsoluteAndLinkedPathsLeadingOut() {
        List<String> paths = List.of("../outside/secret.txt", outside.resolve("secret.txt").toString(), "link.txt",
                "linkdir/secret.txt", "linkdir/missing.txt", "/etc/hostname");
        for (String path : paths) {
            SecurityException e = assertThrows(SecurityException.class, () -> scope.resolve(path), path);
            assertTrue(e.getMessage().contains("is outside the game folder " + scope.root()), e.getMessage());
        }
    }

    @Test
    void shouldTellWhetherAPathIsInside() {
        assertTrue(scope.contains(scope.root().resolve("sub/a.txt")));
        assertFalse(scope.contains(scope.root().resolve("link.txt")));
        assertFalse(ScriptScope.NONE.contains(scope.root().resolve("sub/a.txt")));
    }

    @Test
    void shouldRefuseEveryPathWithoutAGameFolder() {
        assertThrows(SecurityException.class, () -> ScriptScope.NONE.resolve("a.txt"));
    }

    @Test
    void shouldNameTheKnownPermissionsForAnUnknownOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptPermission.parse("write-everything"));
        assertEquals("game.json: permissions contains unknown permission \"write-everything\"; known: "
                + "read-game-files", e.getMessage());
        assertEquals(ScriptPermission.READ_GAME_FILES, ScriptPermission.parse("read-game-files"));
    }
}
