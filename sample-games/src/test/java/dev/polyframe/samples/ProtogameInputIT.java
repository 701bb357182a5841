package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.Aspect;
import com.artemis.World;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.input.InputInjector;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.error.ScriptError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Protogame is playable in every language (issue #4): input injected headless through the engine reaches the
 * script and the world. W held for {@value #HOLD_FRAMES} script frames moves the camera forward along its view,
 * a mouse drag with the left button turns it, SPACE spawns exactly one sphere, R removes it and puts the camera
 * back. A main-thread timeline counts script frames (the {@code scriptIdle} frame starts), not time.
 */
class ProtogameInputIT {
    private static final int HOLD_FRAMES = 30;
    private static final int WAIT_LIMIT = 240;
    private static final int START_COUNT = 25;

    /** The timeline's observations, all on the main thread. */
    private static final class Timeline {
        private final List<String> log = new ArrayList<>();
        private int step;
        private int frames;
        private double[] start;
        private double[] afterW;
        private double[] afterDrag;
        private int afterSpace = -1;
        private int afterReset = -1;
        private double[] reset;
        private boolean finished;

        /** Advances on each frame start that triggers a script frame. */
        void onScriptFrame(World world, InputInjector input, Engine engine) {
            frames++;
            double[] cam = camera(world);
            int count = meshes(world);
            switch (step) {
                case 0 -> {
                    if (cam != null && count == START_COUNT) {
                        start = cam;
                        input.keyDown("W");
                        next();
                    }
                }
                case 1 -> {
                    if (frames == HOLD_FRAMES) {
                        input.keyUp("W");
                        next();
                    }
                }
                case 2 -> {
                    // The release reaches the script in the next script frame and its camera command one later.
                    if (frames == 3) {
                        afterW = cam;
                        input.mouseMove(300, 200);
                        input.mouseButton("left", true);
                        next();
                    }
                }
                case 3 -> {
                    input.mouseMove(300 + 10 * frames, 200);
                    if (frames == 5) {
                        input.mouseButton("left", false);
                        next();
                    }
                }
                case 4 -> {
                    if (frames == 3) {
                        afterDrag = cam;
                        input.tap("SPACE");
                        next();
                    }
                }
                case 5 -> {
                    // Wait for the sphere, then a few more frames to see that exactly one arrived.
                    if (count > START_COUNT && frames >= 10) {
                        afterSpace = count;
                        input.tap("R");
                        next();
                    }
                }
                case 6 -> {
                    if (count == START_COUNT && frames >= 5) {
                        afterReset = count;
                        reset = cam;
                        finished = true;
                        engine.requestStop();
                        next();
                    }
                }
                default -> {
                }
            }
            if (frames > WAIT_LIMIT && !finished) {
                log.add("step " + step + " timed out after " + frames + " script frames (meshes " + count + ")");
                finished = true;
                engine.requestStop();
            }
        }

        private void next() {
            step++;
            frames = 0;
        }
    }

    /** @return the active world camera's {x, y, z, yaw, pitch}, or null before it exists */
    private static double[] camera(World world) {
        IntBag ids = world.getAspectSubscriptionManager().get(Aspect.all(Transform.class, CameraComponent.class))
                .getEntities();
        for (int i = 0; i < ids.size(); i++) {
            if (world.getMapper(CameraComponent.class).get(ids.get(i)).active) {
                Transform t = world.getMapper(Transform.class).get(ids.get(i));
                return new double[] {t.x, t.y, t.z, t.yaw, t.pitch};
            }
        }
        return null;
    }

    private static int meshes(World world) {
        return world.getAspectSubscriptionManager().get(Aspect.all(MeshRenderable.class)).getEntities().size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "lua", "python"})
    void shouldFlySpawnAndResetFromInjectedInput(String language) throws IOException {
        Game game = Game.fromClasspath("protogame", ProtogameInputIT.class.getClassLoader()).orElseThrow();
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        EngineConfig config = EngineConfig.defaults().withMaxFrames(6_000)
                .withRender(new RenderConfig(640, 360, true, false, "protogame-input-it"));
        Timeline timeline = new Timeline();
        try (Engine engine = new Engine(config, new GlRenderer(), ScriptBackends.require(language),
                game.entryScript(language), errors::add)) {
            engine.onFrameStart((frame, idle, input) -> {
                if (idle) {
                    timeline.onScriptFrame(engine.world(), input, engine);
                }
            });
            engine.run();
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of(), timeline.log);
        assertTrue(timeline.finished && timeline.step == 7, "the timeline ran to its end: step " + timeline.step);

        double[] start = timeline.start;
        double[] moved = timeline.afterW;
        // The start view: yaw 0, pitch 26 (looking along +X and down).
        double pitch = Math.toRadians(start[4]);
        double[] forward = {Math.cos(pitch), 0, -Math.sin(pitch)};
        double along = 0;
        for (int i = 0; i < 3; i++) {
            along += (moved[i] - start[i]) * forward[i];
        }
        // 8 units/s for about 30 frames of 1/60 s: about 4 units; at least 2 leaves room for skipped script frames.
        assertTrue(along > 2, "W moved the camera forward by " + along + " units: " + fmt(start) + " -> "
                + fmt(moved));
        assertEquals(0.0, moved[1] - start[1], 1e-6, "W alone does not move sideways");
        assertEquals(start[3], moved[3], 1e-9, "W does not turn the camera");
        assertTrue(timeline.afterDrag[3] < moved[3] - 1, "dragging right turned the camera right (yaw decreased): "
                + fmt(moved) + " -> " + fmt(timeline.afterDrag));
        assertEquals(START_COUNT + 1, timeline.afterSpace, "SPACE spawned exactly one sphere");
        assertEquals(START_COUNT, timeline.afterReset, "R removed it");
        for (int i = 0; i < 5; i++) {
            assertEquals(start[i], timeline.reset[i], 1e-9, "R put the camera back: " + fmt(timeline.reset));
        }
    }

    private static String fmt(double[] cam) {
        return String.format("[%.2f, %.2f, %.2f | yaw %.1f pitch %.1f]", cam[0], cam[1], cam[2], cam[3], cam[4]);
    }
}
