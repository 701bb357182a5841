package dev.polyframe.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Input injected from Java at frame start reaches scripts through the snapshot's input section, and engine hotkeys
 * act on the main thread. The null renderer: the outcome depends only on script-frame order, which the listeners'
 * {@code scriptIdle} flag pins down, not on timing.
 */
class EngineInputTest {
    private final List<ScriptError> errors = new CopyOnWriteArrayList<>();

    /** What one script frame read. */
    private record Seen(boolean wDown, boolean wPressed, boolean wReleased, boolean spacePressed,
            boolean spaceDown, ScriptValue position, ScriptValue delta, boolean leftDown, double wheel) {
    }

    private Engine engine(JavaGameBackend.JavaGame game) {
        // Paced at 60 Hz; every test stops itself long before this cap.
        EngineConfig config = EngineConfig.defaults().withMaxFrames(3_000);
        return new Engine(config, new NullRenderer(), new JavaGameBackend(game), JavaGameBackend.source(),
                errors::add);
    }

    private static boolean bool(ScriptValue value) {
        return ((ScriptValue.Bool) value).value();
    }

    @Test
    void shouldShowInjectedInputToTheScriptFrameTriggeredAfterIt() {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                seen.add(new Seen(bool(s.call("input", "isKeyDown", "W")), bool(s.call("input", "wasKeyPressed", "W")),
                        bool(s.call("input", "wasKeyReleased", "W")), bool(s.call("input", "wasKeyPressed", "SPACE")),
                        bool(s.call("input", "isKeyDown", "SPACE")), s.call("input", "mousePosition"),
                        s.call("input", "mouseDelta"), bool(s.call("input", "isMouseDown", "left")),
                        ((ScriptValue.Num) s.call("input", "wheelDelta")).value()));
            }
        };
        AtomicInteger scriptFrame = new AtomicInteger();
        try (Engine engine = engine(game)) {
            engine.onFrameStart((frame, idle, input) -> {
                if (!idle) {
                    return;
                }
                // This main frame triggers script frame n; what is injected now is what that frame reads.
                switch (scriptFrame.incrementAndGet()) {
                    case 3 -> {
                        input.keyDown("W");
                        input.tap("SPACE");
                        input.mouseMove(100, 50);
                        input.mouseButton("left", true);
                        input.scroll(2);
                    }
                    case 4 -> input.mouseMove(110, 45);
                    case 6 -> {
                        input.keyUp("W");
                        input.mouseButton("left", false);
                    }
                    case 8 -> engine.requestStop();
                    default -> {
                    }
                }
            });
            engine.run();
        }
        assertEquals(List.of(), errors);
        assertTrue(seen.size() >= 7, "script frames: " + seen.size());
        Seen before = seen.get(1);
        assertFalse(before.wDown() || before.wPressed() || before.spacePressed(), "script frame 2: " + before);
        Seen third = seen.get(2);
        assertEquals(new Seen(true, true, false, true, false, vec2(100, 50), vec2(0, 0), true, 2), third,
                "script frame 3: W held, SPACE tapped (pressed, not down), first cursor report has no delta");
        assertEquals(new Seen(true, false, false, false, false, vec2(110, 45), vec2(10, -5), true, 0), seen.get(3),
                "script frame 4: no new edges, the motion since frame 3");
        assertEquals(new Seen(true, false, false, false, false, vec2(110, 45), vec2(0, 0), true, 0), seen.get(4));
        assertEquals(new Seen(false, false, true, false, false, vec2(110, 45), vec2(0, 0), false, 0), seen.get(5),
                "script frame 6: W released");
        assertEquals(new Seen(false, false, false, false, false, vec2(110, 45), vec2(0, 0), false, 0), seen.get(6));
    }

    @Test
    void shouldKeepAPressWhenTheScriptSkipsMainFrames() {
        List<Boolean> pressed = new CopyOnWriteArrayList<>();
        CountDownLatch tapped = new CountDownLatch(1);
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                pressed.add(bool(s.call("input", "wasKeyPressed", "R")));
                if (pressed.size() == 2) {
                    // A slow script frame: the main loop runs on (skipping) until it has tapped R.
                    awaitQuietly(tapped);
                } else if (pressed.size() >= 4) {
                    s.call("engine", "quit");
                }
            }
        };
        try (Engine engine = engine(game)) {
            engine.onFrameStart((frame, idle, input) -> {
                // Tap R in a main frame the worker is busy in: the press must wait for the next publish, not vanish.
                if (!idle && pressed.size() == 2 && tapped.getCount() > 0) {
                    input.tap("R");
                    tapped.countDown();
                }
            });
            engine.run();
            assertTrue(engine.stats().frameSkips() > 0, "the worker was busy in some main frames");
        }
        assertEquals(List.of(false, false, true, false), pressed.subList(0, 4), "script frame 3 saw the tap");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the main thread never tapped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldToggleTheDebugOverlayWithF3WithoutTheScript() {
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                s.call("entity", "createMesh", "cube", Map.of());
            }

            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                s.call("debug", "clear");
            }
        };
        List<String> texts = new CopyOnWriteArrayList<>();
        List<Boolean> visible = new CopyOnWriteArrayList<>();
        AtomicInteger scriptFrames = new AtomicInteger();
        try (Engine engine = engine(game)) {
            engine.onFrameStart((frame, idle, input) -> {
                int n = idle ? scriptFrames.incrementAndGet() : scriptFrames.get();
                if (!idle) {
                    return;
                }
                // Sampled at script-frame starts: the overlay reflects the previous frame start's F3.
                visible.add(engine.debugOverlayVisible());
                if (n == 10) {
                    input.tap("F3");
                } else if (n == 40) {
                    texts.add(engine.debugOverlayText());
                    input.tap("F3");
                } else if (n == 41) {
                    texts.add(engine.debugOverlayText());
                    engine.requestStop();
                }
            });
            engine.run();
        }
        assertEquals(List.of(), errors);
        assertFalse(visible.get(9), "hidden until F3");
        assertTrue(visible.get(10) && visible.get(39), "shown from the frame after the press; debug.clear() from "
                + "the script every frame does not remove it");
        assertFalse(visible.get(40), "a second F3 hides it");
        String text = texts.get(0);
        for (String figure : List.of("FPS ", "frame p99 ", "script frame p50 ", "entities 1", "commands/frame ",
                "snapshot dirty ratio ", "frame skips ", "script errors 0", "script mode java", "reloads 0 (failed 0)",
                "watchdog interrupts 0")) {
            assertTrue(text.contains(figure), "overlay shows \"" + figure + "\": " + text.replace('\n', '|'));
        }
        assertEquals("", texts.get(1));
    }

    @Test
    void shouldRunABoundHotkeyOncePerPress() {
        AtomicInteger reloads = new AtomicInteger();
        try (Engine engine = engine(new JavaGameBackend.JavaGame() {
        })) {
            engine.bindKey("F5", reloads::incrementAndGet);
            engine.onFrameStart((frame, idle, input) -> {
                if (frame == 10) {
                    input.tap("F5");
                    input.tap("F5");
                } else if (frame == 20) {
                    input.keyDown("F5");
                } else if (frame == 30) {
                    engine.requestStop();
                }
            });
            engine.run();
            assertThrows(IllegalArgumentException.class, () -> engine.input().keyDown("F99"));
        }
        assertEquals(3, reloads.get(), "two taps and one held press");
    }

    @Test
    void shouldHotReloadTheScriptsWithF5() {
        AtomicInteger inits = new AtomicInteger();
        long reloads;
        try (Engine engine = engine(new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                inits.incrementAndGet();
            }
        })) {
            engine.onFrameStart((frame, idle, input) -> {
                if (frame == 10) {
                    input.tap(Engine.RELOAD_KEY);
                } else if (frame >= 40 && engine.stats().reloads() > 0) {
                    engine.requestStop();
                } else if (frame == 3_000) {
                    engine.requestStop();
                }
            });
            engine.run();
            reloads = engine.stats().reloads();
        }
        assertEquals(List.of(), errors);
        assertEquals(1, reloads, "one F5 press, one reload");
        assertEquals(2, inits.get(), "init at start and again after the reload (the game has no onLoad)");
    }

    @Test
    void shouldRejectUnknownHotkeyNames() {
        try (Engine engine = engine(new JavaGameBackend.JavaGame() {
        })) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> engine.bindKey("HYPER", () -> { }));
            assertTrue(e.getMessage().contains("key=\"HYPER\""), e.getMessage());
        }
    }

    private static ScriptValue vec2(double x, double y) {
        return ScriptValue.fromJava(List.of(x, y));
    }
}
