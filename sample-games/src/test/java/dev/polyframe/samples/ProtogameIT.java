package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.error.ScriptError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The protogame sample in every language (walking-skeleton acceptance 1, issue #3's language acceptance): 300
 * gameplay frames headless through the language's backend, the sync layer, Artemis and OpenGL (Mesa llvmpipe via
 * EGL); each language's screenshot must pass the same region checks as JavaScript's.
 */
class ProtogameIT {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FRAMES = 300;
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    /** One language's run: its statistics, errors and screenshot. */
    private record Run(EngineStats stats, List<ScriptError> errors, BufferedImage image) {
    }

    private static Run run(String language) {
        return RUNS.computeIfAbsent(language, ProtogameIT::play);
    }

    private static Run play(String language) {
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        try {
            Game game = Game.fromClasspath("protogame", ProtogameIT.class.getClassLoader()).orElseThrow();
            EngineConfig config = EngineConfig.defaults().withMaxFrames(FRAMES)
                    .withRender(new RenderConfig(WIDTH, HEIGHT, true, false, "protogame-it"));
            Path shot = Path.of("target", "protogame-it-" + language + ".png");
            Files.createDirectories(shot.getParent());
            Engine engine = new Engine(config, new GlRenderer(), ScriptBackends.require(language),
                    game.entryScript(language), errors::add);
            try {
                engine.run();
                engine.screenshot(shot);
            } finally {
                engine.close();
            }
            return new Run(engine.stats(), errors, ImageIO.read(shot.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldCreateTheSceneThroughTheCommandRingAndSnapshot(String language) {
        EngineStats stats = run(language).stats();
        assertEquals(List.of(), run(language).errors());
        assertEquals(0, stats.scriptErrors());
        assertEquals(FRAMES, stats.frames() - stats.loadingFrames());
        assertTrue(stats.entities() >= 21, "grid + >= 20 orbiters in the snapshot: " + stats.entities());
        assertTrue(stats.commandsApplied() >= 21, "commands applied: " + stats.commandsApplied());
        assertTrue(stats.snapshotPublishes() > 0);
        assertTrue(stats.scriptFrames() > 0, "script frames: " + stats.scriptFrames());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldShowManyDistinctlyColouredMeshesInTheMiddleOfTheView(String language) {
        BufferedImage image = run(language).image();
        Set<Integer> hues = new HashSet<>();
        int coloured = 0;
        for (int y = HEIGHT / 4; y < HEIGHT * 3 / 4; y++) {
            for (int x = WIDTH / 6; x < WIDTH * 5 / 6; x++) {
                float[] hsb = hsb(image.getRGB(x, y));
                if (hsb[1] > 0.6f && hsb[2] > 0.35f) {
                    coloured++;
                    hues.add(Math.round(hsb[0] * 12) % 12);
                }
            }
        }
        assertTrue(coloured > 1500, "saturated mesh pixels in the middle: " + coloured);
        assertTrue(hues.size() >= 6, "distinct hues (of 12 bins): " + hues);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldShowGridLinesOnTheFloor(String language) {
        BufferedImage image = run(language).image();
        int gridPixels = 0;
        for (int y = HEIGHT / 2; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 110) < 30 && Math.abs(g - 130) < 30 && Math.abs(b - 150) < 30) {
                    gridPixels++;
                }
            }
        }
        assertTrue(gridPixels > 500, "grid-coloured pixels in the lower half: " + gridPixels);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldDrawWhiteDebugTextTopLeftOverTheClearColour(String language) {
        BufferedImage image = run(language).image();
        int white = 0;
        for (int y = 8; y < 34; y++) {
            for (int x = 8; x < 260; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) > 200 && (rgb & 0xFF) > 200) {
                    white++;
                }
            }
        }
        assertTrue(white > 100, "white FPS/entity text pixels: " + white);
        int corner = image.getRGB(WIDTH - 3, 3);
        float[] hsb = hsb(corner);
        assertTrue(hsb[2] < 0.3f, "top-right corner is the dark clear colour: " + Integer.toHexString(corner));
    }

    private static float[] hsb(int rgb) {
        return java.awt.Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null);
    }
}
