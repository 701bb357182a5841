package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.error.ScriptError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The F3 debug overlay, headless through OpenGL (Mesa llvmpipe via EGL): F3 injected through the engine's input
 * draws the overlay's text at the top left, a second F3 removes it. An empty Lua game keeps the background the clear
 * colour, so text pixels can only be the overlay's.
 */
class DebugOverlayIT {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    /**
     * Where the overlay's up to seven 16 px lines fall: from (10, 64); the last-error line may run to the right edge.
     */
    private static final int[] REGION = {8, 60, WIDTH, 240};

    @Test
    void shouldDrawTheOverlayTopLeftOnF3AndHideItOnTheNextF3(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("game.json"), "{\"name\": \"empty\", \"defaultLanguage\": \"lua\", "
                + "\"scripts\": {\"lua\": \"main.lua\"}}");
        Files.writeString(dir.resolve("main.lua"), "function update(dt) end\n");
        Game game = Game.fromFolder(dir);
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        GlRenderer renderer = new GlRenderer();
        EngineConfig config = EngineConfig.defaults().withMaxFrames(1_200)
                .withRender(new RenderConfig(WIDTH, HEIGHT, true, false, "overlay-it"));
        byte[][] shots = new byte[3][];
        AtomicInteger scriptFrames = new AtomicInteger();
        String[] text = new String[1];
        try (Engine engine = new Engine(config, renderer, ScriptBackends.require("lua"), game.entryScript("lua"),
                errors::add)) {
            engine.onFrameStart((frame, idle, input) -> {
                if (!idle) {
                    return;
                }
                switch (scriptFrames.incrementAndGet()) {
                    case 5 -> {
                        shots[0] = renderer.readPixels();
                        input.tap("F3");
                    }
                    case 40 -> {
                        shots[1] = renderer.readPixels();
                        text[0] = engine.debugOverlayText();
                        input.tap("F3");
                    }
                    case 42 -> {
                        shots[2] = renderer.readPixels();
                        engine.requestStop();
                    }
                    default -> {
                    }
                }
            });
            engine.run();
        }
        assertEquals(List.of(), errors);
        assertNotNull(shots[2], "the run reached the third capture");
        writePng(shots[1], Path.of("target", "debug-overlay-it.png"));
        assertEquals(0, overlayPixels(shots[0], true), "no overlay before F3");
        int shown = overlayPixels(shots[1], true);
        assertTrue(shown > 400, "overlay text pixels at the top left after F3: " + shown + "; text: " + text[0]);
        assertEquals(0, overlayPixels(shots[1], false), "the overlay stays in its top-left region");
        assertEquals(0, overlayPixels(shots[2], true), "a second F3 hides it");
        assertTrue(text[0].contains("FPS ") && text[0].contains("script mode "), text[0]);
    }

    /** Writes the frame with the overlay for a human to look at (the assertions do not need it). */
    private static void writePng(byte[] rgba, Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = (y * WIDTH + x) * 4;
                image.setRGB(x, y, (rgba[i] & 0xFF) << 16 | (rgba[i + 1] & 0xFF) << 8 | (rgba[i + 2] & 0xFF));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** @return pixels of the overlay's pale green inside (or, with {@code inside} false, outside) the region */
    private static int overlayPixels(byte[] rgba, boolean inside) {
        int count = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean in = x >= REGION[0] && y >= REGION[1] && x < REGION[2] && y < REGION[3];
                if (in != inside) {
                    continue;
                }
                int i = (y * WIDTH + x) * 4;
                int r = rgba[i] & 0xFF;
                int g = rgba[i + 1] & 0xFF;
                int b = rgba[i + 2] & 0xFF;
                if (g > 200 && Math.abs(r - 0x9C) < 40 && Math.abs(b - 0x9C) < 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
