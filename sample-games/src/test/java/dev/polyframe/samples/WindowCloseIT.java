package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.World;
import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.error.ScriptError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The window's close button ends the game cleanly: protogame (Lua) runs headless through the real engine and
 * {@link GlRenderer}; once gameplay has started the test raises the close flag exactly as the button does
 * ({@link GlRenderer#requestClose()}), and the engine stops after that frame, with no errors, and closes.
 */
class WindowCloseIT {
    private static final int CLOSE_AFTER_GAMEPLAY_FRAMES = 30;

    /** Delegates to a GlRenderer and "clicks" its close button after some gameplay frames. */
    private static final class ClosingRenderer implements Renderer {
        private final GlRenderer gl = new GlRenderer();
        private long closedAtFrame = -1;
        private long firstGameplayFrame = -1;
        private Engine engine;

        @Override
        public void start(World world, RenderConfig config) {
            gl.start(world, config);
        }

        @Override
        public void render(long frame) {
            gl.render(frame);
            if (firstGameplayFrame < 0 && engine != null && engine.stats().scriptFrames() > 0) {
                firstGameplayFrame = frame;
            }
            if (firstGameplayFrame > 0 && closedAtFrame < 0 && frame - firstGameplayFrame
                    >= CLOSE_AFTER_GAMEPLAY_FRAMES) {
                gl.requestClose();
                closedAtFrame = frame;
            }
        }

        @Override
        public boolean closeRequested() {
            return gl.closeRequested();
        }

        @Override
        public String deviceDescription() {
            return gl.deviceDescription();
        }

        @Override
        public void screenshot(Path file) throws IOException {
            gl.screenshot(file);
        }

        @Override
        public void close() {
            gl.close();
        }
    }

    @Test
    void shouldEndTheGameAfterTheFrameTheCloseButtonWasPressed() throws IOException {
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        Game game = Game.fromClasspath("protogame", WindowCloseIT.class.getClassLoader()).orElseThrow();
        EngineConfig config = EngineConfig.defaults().withMaxFrames(6000)
                .withRender(new RenderConfig(320, 180, true, false, "close-it"));
        ClosingRenderer renderer = new ClosingRenderer();
        Engine engine = new Engine(config, renderer, ScriptBackends.require("lua"), game.entryScript("lua"),
                errors::add);
        renderer.engine = engine;
        EngineStats stats;
        try {
            stats = engine.run();
        } finally {
            engine.close();
        }
        assertTrue(renderer.closedAtFrame > 0, "the close flag was raised");
        assertEquals(renderer.closedAtFrame, stats.frames(), "the engine stopped after the frame that raised it");
        assertEquals(List.of(), errors);
        assertEquals(0, stats.scriptErrors());
    }
}
