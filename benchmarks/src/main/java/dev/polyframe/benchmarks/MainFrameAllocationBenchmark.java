package dev.polyframe.benchmarks;

import com.artemis.World;
import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.script.value.ScriptValue;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bytes allocated by the main thread per main frame in steady state: the real {@link Engine} (hand-off, snapshot
 * publish, command drain and apply, systems, snapshot write) with a renderer that draws nothing and reads the
 * thread's allocation counter ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) once per
 * frame, and a Java "script" on the real worker that sends a few commands per script frame. A plain measured loop,
 * not JMH: the quantity is one thread's allocation inside a loop the engine owns.
 *
 * <p>Scenarios: {@link Scenario#MOVES} moves 8 entities per script frame ({@code entity.setPosition}); it is the
 * one the goal of 0 B applies to. {@link Scenario#DEBUG_DRAW} adds one {@code debug.line} and one
 * {@code debug.text} per script frame, which create Artemis entities and a {@code String} on the main thread.
 * {@link Scenario#INPUT_OVERLAY} measures input capture and publish plus the F3 overlay on top of {@code MOVES}.
 *
 * <p>The engine runs paced at {@code hz} (1 000 by default, so warm-up reaches the C2 compiler in seconds; pacing
 * parks the main thread between frames). The counter is exact (it sums TLAB and direct allocations of the thread);
 * the renderer's own call to it allocates nothing, which {@link #measure} checks and reports.
 *
 * <p>Threads: {@link #measure} runs the engine on the calling thread, which is the "main thread" measured.
 */
public final class MainFrameAllocationBenchmark {
    private static final int MOVED_ENTITIES = 8;

    /** What the script does each script frame. */
    enum Scenario {
        /** {@code entity.setPosition} on 8 entities. */
        MOVES,
        /** The same plus one {@code debug.line} and one {@code debug.text}. */
        DEBUG_DRAW,
        /**
         * {@link #MOVES} plus input injected every main frame (W held, the cursor moved, a wheel step; the script
         * reads it) and the F3 debug overlay shown (its text rebuilt every 15 frames).
         */
        INPUT_OVERLAY
    }

    /**
     * @param scenario what the script did
     * @param frames gameplay main frames measured
     * @param bytes bytes the main thread allocated over them
     * @param framesAllocating frames that allocated anything
     * @param maxFrameBytes most bytes one frame allocated
     * @param probeBytes bytes one read of the counter allocates (expected 0; already excluded)
     * @param stats the engine's statistics for the whole run
     */
    record Result(Scenario scenario, int frames, long bytes, int framesAllocating, long maxFrameBytes,
            long probeBytes, EngineStats stats) {
        /** @return mean bytes per frame */
        double bytesPerFrame() {
            return frames == 0 ? 0 : (double) bytes / frames;
        }
    }

    private MainFrameAllocationBenchmark() {
    }

    /**
     * Runs an engine for {@code warmupFrames + frames} gameplay frames and measures the last {@code frames}.
     *
     * @param hz main frames per second (paced)
     */
    static Result measure(Scenario scenario, int hz, int warmupFrames, int frames) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long probeBytes = probeCost(threads);
        AllocationProbe probe = new AllocationProbe(threads, warmupFrames + frames + 100_000);
        EngineConfig config = EngineConfig.defaults().withMaxFrames(warmupFrames + frames)
                .withRender(new RenderConfig(320, 240, true, false, "alloc"));
        config = new EngineConfig(hz, true, config.maxFrames(), 0, config.commandRingBytes(),
                config.eventRingBytes(), config.entityCapacity(), config.drainBudgetMicros(), config.render());
        List<String> errors = new ArrayList<>();
        EngineStats stats;
        try (Engine engine = new Engine(config, probe, new JavaGameBackend(game(scenario)), JavaGameBackend.source(),
                error -> errors.add(error.format()))) {
            if (scenario == Scenario.INPUT_OVERLAY) {
                engine.onFrameStart((frame, idle, input) -> {
                    if (frame == 1) {
                        input.keyDown("W");
                        input.tap("F3");
                    }
                    input.mouseMove(frame % 640, 100);
                    input.scroll(1);
                });
            }
            stats = engine.run();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("MainFrameAllocationBenchmark: script errors " + errors);
        }
        // The last frames + 1 samples bound the last frames frames (render to render = one whole loop iteration).
        int last = probe.count - 1;
        int first = last - frames;
        long total = 0;
        long max = 0;
        int allocating = 0;
        for (int i = first; i < last; i++) {
            long delta = probe.allocated[i + 1] - probe.allocated[i] - probeBytes;
            total += delta;
            max = Math.max(max, delta);
            if (delta > 0) {
                allocating++;
            }
        }
        return new Result(scenario, frames, total, allocating, max, probeBytes, stats);
    }

    private static long probeCost(com.sun.management.ThreadMXBean threads) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long a = threads.getCurrentThreadAllocatedBytes();
            long b = threads.getCurrentThreadAllocatedBytes();
            min = Math.min(min, b - a);
        }
        return min;
    }

    private static JavaGameBackend.JavaGame game(Scenario scenario) {
        List<ScriptValue> handles = new ArrayList<>();
        return new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                for (int i = 0; i < MOVED_ENTITIES; i++) {
                    handles.add(s.call("entity", "createMesh", List.of(ScriptValue.of("cube"),
                            ScriptValue.fromJava(Map.of("position", List.of(i, 0, 0))))));
                }
            }

            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                double t = System.nanoTime() * 1e-9;
                for (int i = 0; i < handles.size(); i++) {
                    s.call("entity", "setPosition", List.of(handles.get(i),
                            ScriptValue.fromJava(List.of(i, Math.sin(t + i), 0))));
                }
                if (scenario == Scenario.INPUT_OVERLAY) {
                    s.call("input", "isKeyDown", List.of(ScriptValue.of("W")));
                    s.call("input", "mouseDelta", List.of());
                }
                if (scenario == Scenario.DEBUG_DRAW) {
                    s.call("debug", "line", List.of(ScriptValue.fromJava(List.of(0, 0, 0)),
                            ScriptValue.fromJava(List.of(1, Math.cos(t), 0))));
                    s.call("debug", "text", List.of(ScriptValue.of("frame"), ScriptValue.fromJava(List.of(10, 10))));
                }
            }
        };
    }

    /** Draws nothing; records the main thread's allocated-bytes counter at every frame, without allocating. */
    private static final class AllocationProbe implements Renderer {
        private final com.sun.management.ThreadMXBean threads;
        private final long[] allocated;
        private int count;

        AllocationProbe(com.sun.management.ThreadMXBean threads, int capacity) {
            this.threads = threads;
            this.allocated = new long[capacity];
        }

        @Override
        public void start(World world, RenderConfig config) {
        }

        @Override
        public void render(long frame) {
            if (count < allocated.length) {
                allocated[count++] = threads.getCurrentThreadAllocatedBytes();
            }
        }

        @Override
        public boolean closeRequested() {
            return false;
        }

        @Override
        public String deviceDescription() {
            return "none (allocation probe)";
        }

        @Override
        public void screenshot(Path file) {
            throw new IllegalStateException("AllocationProbe.screenshot: file=" + file + ": no pixels");
        }

        @Override
        public void close() {
        }
    }

    /**
     * Runs both scenarios alone and prints the results.
     *
     * @param args optional: hz (default 1000), warm-up frames (default 10000), measured frames (default 5000),
     *     scenario ({@code MOVES} or {@code DEBUG_DRAW}; default both)
     */
    public static void main(String[] args) {
        int hz = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Scenario[] scenarios = args.length > 3 ? new Scenario[] {Scenario.valueOf(args[3])} : Scenario.values();
        for (Scenario scenario : scenarios) {
            Result r = measure(scenario, hz, warmup, frames);
            System.out.printf("%-10s %8.1f B/frame over %d frames; %d frames allocated, max %d B; probe %d B; "
                    + "script frames %d, skips %d%n", scenario, r.bytesPerFrame(), r.frames(), r.framesAllocating(),
                    r.maxFrameBytes(), r.probeBytes(), r.stats().scriptFrames(), r.stats().frameSkips());
        }
    }
}
