package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.error.ScriptError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code examples/modgame} folder game in every language: its entry script imports a module from the game
 * folder and reads {@code level.txt} through the {@code read-game-files} permission of its {@code game.json}.
 */
class ModgameIT {
    private static final Path FOLDER = Path.of("examples", "modgame");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldImportItsModuleAndReadItsLevelFile(String language) throws IOException {
        Game game = Game.fromFolder(FOLDER);
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(30), new NullRenderer(),
                ScriptBackends.require(language), game.entry(language), errors::add);
        EngineStats stats;
        try (engine) {
            stats = engine.run();
        }
        assertEquals(List.of(), errors);
        assertEquals(8, stats.entities(), "one cube per level.txt count (cameras are not entities)");
    }
}
