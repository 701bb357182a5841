package dev.polyframe.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.Aspect;
import com.artemis.World;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.script.worker.ScriptBudget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EngineTest {
    private final List<ScriptError> errors = new CopyOnWriteArrayList<>();

    private Engine engine(EngineConfig config, JavaGameBackend.JavaGame game) {
        return new Engine(config, new NullRenderer(), new JavaGameBackend(game), JavaGameBackend.source(),
                errors::add);
    }

    @Test
    void shouldApplyScriptCreatedEntitiesToWorldAndSnapshot() {
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                for (int i = 0; i < 25; i++) {
                    s.call("entity", "createMesh", "cube", Map.of("position", List.of(i, 2, 3)));
                }
            }
        };
        try (Engine engine = engine(EngineConfig.defaults().withMaxFrames(30), game)) {
            EngineStats stats = engine.run();
            var ids = engine.world().getAspectSubscriptionManager()
                    .get(Aspect.all(Transform.class, MeshRenderable.class)).getEntities();
            assertEquals(25, ids.size());
            assertEquals(25, stats.entities());
            long applied = stats.commandsApplied();
            assertTrue(applied >= 25 && applied <= 25 + stats.scriptFrames(), "25 creates plus at most one "
                    + "frame-end marker per script frame: " + applied);
            assertEquals(3.0, engine.world().getMapper(Transform.class).get(ids.get(0)).z);
            assertTrue(stats.scriptFrames() > 0, "script frames ran");
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void shouldShowTheLoadingTextUntilTheFirstScriptFrameIsApplied() throws InterruptedException {
        CountDownLatch loadingSeen = new CountDownLatch(1);
        List<Boolean> loadingPerFrame = new CopyOnWriteArrayList<>();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void load() {
                awaitQuietly(loadingSeen);
            }

            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                s.call("engine", "quit");
            }
        };
        Renderer renderer = new Renderer() {
            private World world;

            @Override
            public void start(World w, RenderConfig config) {
                world = w;
            }

            @Override
            public void render(long frame) {
                IntBag ids = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class)).getEntities();
                boolean loading = false;
                for (int i = 0; i < ids.size(); i++) {
                    loading |= world.getMapper(DebugPrimitive.class).get(ids.get(i)).text.startsWith("Loading ");
                }
                loadingPerFrame.add(loading);
                if (loading) {
                    loadingSeen.countDown();
                }
            }

            @Override
            public boolean closeRequested() {
                return false;
            }

            @Override
            public String deviceDescription() {
                return "test";
            }

            @Override
            public void screenshot(Path file) {
            }

            @Override
            public void close() {
            }
        };
        try (Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(600), renderer,
                new JavaGameBackend(game), JavaGameBackend.source(), errors::add)) {
            engine.run();
            assertTrue(loadingPerFrame.get(0), "the first frame shows the loading text");
            assertFalse(loadingPerFrame.get(loadingPerFrame.size() - 1), "the last frame no longer does");
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void shouldPauseARunawayScriptWithAnOnScreenMessageUntilResumed() {
        AtomicReference<Engine> running = new AtomicReference<>();
        List<Boolean> pausedPerFrame = new CopyOnWriteArrayList<>();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            private int frames;

            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                frames++;
                if (frames >= 2 && frames <= 4) {
                    while (!s.interrupted()) {
                        Thread.onSpinWait();
                    }
                } else if (frames > 4) {
                    s.call("engine", "quit");
                }
            }
        };
        TextSpy renderer = new TextSpy(text -> text.startsWith("Script paused"), seen -> {
            pausedPerFrame.add(seen);
            if (seen && pausedPerFrame.stream().filter(b -> b).count() == 3) {
                running.get().resumeScripts();
            }
        });
        EngineConfig config = EngineConfig.defaults().withMaxSeconds(60)
                .withScriptBudget(new ScriptBudget(20, 5_000, 3));
        try (Engine engine = new Engine(config, renderer, new JavaGameBackend(game), JavaGameBackend.source(),
                errors::add)) {
            running.set(engine);
            EngineStats stats = engine.run();
            assertTrue(pausedPerFrame.contains(true), "the paused message was on screen");
            assertFalse(pausedPerFrame.get(pausedPerFrame.size() - 1), "and gone after resuming");
            assertEquals(3, stats.watchdogInterrupts());
            assertEquals(4, errors.size(), () -> "three interrupts and the pause: " + errors);
            assertTrue(errors.get(3).message().contains("is paused"), errors.get(3).message());
            assertTrue(errors.get(0).message().contains("update ran past the script budget of 20 ms"),
                    errors.get(0).message());
            assertFalse(stats.scriptPaused());
        }
    }

    /** A renderer that reports, each frame, whether a screen text matching a test is in the world. */
    private static final class TextSpy implements Renderer {
        private final Predicate<String> wanted;
        private final Consumer<Boolean> perFrame;
        private World world;

        TextSpy(Predicate<String> wanted, Consumer<Boolean> perFrame) {
            this.wanted = wanted;
            this.perFrame = perFrame;
        }

        @Override
        public void start(World w, RenderConfig config) {
            world = w;
        }

        @Override
        public void render(long frame) {
            IntBag ids = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class)).getEntities();
            boolean seen = false;
            for (int i = 0; i < ids.size(); i++) {
                seen |= wanted.test(world.getMapper(DebugPrimitive.class).get(ids.get(i)).text);
            }
            perFrame.accept(seen);
        }

        @Override
        public boolean closeRequested() {
            return false;
        }

        @Override
        public String deviceDescription() {
            return "test";
        }

        @Override
        public void screenshot(Path file) {
        }

        @Override
        public void close() {
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the main thread rendered the loading text");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldGiveUpWhenLoadingNeverFinishes() {
        CountDownLatch release = new CountDownLatch(1);
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void load() {
                awaitQuietly(release);
            }
        };
        Engine engine = engine(EngineConfig.defaults().withPaced(false).withMaxFrames(10), game);
        try {
            EngineStats stats = engine.run();
            long limit = Math.round(Engine.LOADING_LIMIT_SECONDS * 60);
            assertEquals(limit, stats.loadingFrames(), "the loading phase ended at its limit");
            assertEquals(limit, stats.frames(), "no gameplay frame ran");
        } finally {
            release.countDown();
            engine.close();
        }
    }

    @Test
    void shouldStopWhenScriptQuits() {
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                s.call("engine", "quit");
            }
        };
        try (Engine engine = engine(EngineConfig.defaults().withMaxFrames(600), game)) {
            EngineStats stats = engine.run();
            assertTrue(stats.frames() < 600, "quit ended the run early: " + stats.frames());
        }
    }

    @Test
    void shouldReportCommandThatFailsOnMainThreadAsScriptErrorAndRejectReady() {
        List<String> readyErrors = new CopyOnWriteArrayList<>();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                s.call("entity", "createMesh", "cube");
                ScriptValue second = s.call("entity", "createMesh", "sphere");
                ScriptValue.Pending ready = (ScriptValue.Pending) s.call("entity", "ready", second);
                try {
                    ready.deferred().observe((value, error) -> readyErrors.add(String.valueOf(error)));
                } catch (dev.polyframe.script.error.ScriptException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        EngineConfig config = new EngineConfig(60, true, 30, 0, 1 << 16, 1 << 12, 1, 4_000,
                EngineConfig.defaults().render());
        try (Engine engine = engine(config, game)) {
            EngineStats stats = engine.run();
            assertEquals(1, stats.commandsFailed());
            assertEquals(1, stats.entities());
            assertEquals(1, errors.size(), "one error: " + errors);
            assertEquals("entity.createMesh", errors.get(0).apiMethod());
            assertTrue(errors.get(0).message().contains("entity capacity 1 reached"), errors.get(0).message());
            assertEquals(1, readyErrors.size());
            assertTrue(readyErrors.get(0).contains("could not be created"), readyErrors.get(0));
        }
    }

    @Test
    void shouldPassFixedStepGameTimeAsDt() {
        List<Double> dts = new CopyOnWriteArrayList<>();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                dts.add(dt);
            }
        };
        try (Engine engine = engine(EngineConfig.defaults().withMaxFrames(20), game)) {
            EngineStats stats = engine.run();
            double total = dts.stream().mapToDouble(Double::doubleValue).sum();
            // dt sums to the game time between the first and the last triggered frame: whole frames of 1/60 s.
            double frames = total * 60;
            assertEquals(Math.rint(frames), frames, 1e-6, "dt is whole fixed steps: " + dts);
            assertTrue(stats.scriptFrames() == dts.size());
        }
    }

    @Test
    void shouldCloseWithinTimeoutWhenScriptFrameNeverReturns() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            private int updates;

            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                if (++updates == 1) {
                    return;
                }
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Engine engine = engine(EngineConfig.defaults().withMaxFrames(10), game);
        try {
            EngineStats stats = engine.run();
            assertTrue(entered.await(10, TimeUnit.SECONDS), "the script frame started");
            assertEquals(10, stats.frames() - stats.loadingFrames(),
                    "the main loop ran on while the script was stuck");
            assertTimeoutPreemptively(Duration.ofSeconds(10), engine::close);
        } finally {
            release.countDown();
        }
    }
}
