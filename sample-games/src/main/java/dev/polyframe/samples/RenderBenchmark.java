package dev.polyframe.samples;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import com.artemis.systems.IteratingSystem;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code polyframe bench render}: N instanced cubes in a 1280x720 headless frame, every one moving every frame,
 * for each N; reports main-frame p50/p99 (ms), draw calls per frame and the largest N whose p99 fits 60 FPS
 * (16.7 ms). Not a test: numbers go to a printed table. Main thread only.
 *
 * <p>A main frame here is what the engine's main thread does for rendering: {@code world.process()} running a
 * system that moves every entity (a stand-in for commands and engine systems touching each one), then
 * {@link GlRenderer#render} (collect, upload, instanced draws, resolve), then {@code glFinish} so llvmpipe's
 * deferred rasterisation is inside the measured frame rather than in the next one. "Submit" is the CPU part
 * (systems, collect, upload, GL calls), "finish" the wait for llvmpipe to shade and rasterise. The first
 * {@link #WARM_UP_FRAMES} frames of each N (JIT, buffer growth) are not measured.
 *
 * <p>llvmpipe's rasteriser threads come from {@code LP_NUM_THREADS}, read by Mesa when the context is created; the
 * launcher sets it (default 2) and the table prints the value seen.
 */
final class RenderBenchmark {
    /** Frame budget at 60 FPS, milliseconds. */
    static final double BUDGET_MILLIS = 1000.0 / 60.0;
    private static final int WARM_UP_FRAMES = 60;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    /** One row of the table. */
    record Result(int entities, double p50Millis, double p99Millis, double submitP50Millis, double finishP50Millis,
            int drawCalls, int instances) {
    }

    private final int frames;
    private final int msaaSamples;

    /**
     * @param frames measured frames per N
     * @param msaaSamples MSAA samples to request
     */
    RenderBenchmark(int frames, int msaaSamples) {
        this.frames = frames;
        this.msaaSamples = msaaSamples;
    }

    /** Moves every mesh entity on a small circle each frame: all instances change every frame. */
    static final class MoveSystem extends IteratingSystem {
        private ComponentMapper<Transform> mTransform;
        private double phase;

        MoveSystem() {
            super(Aspect.all(Transform.class, MeshRenderable.class));
        }

        @Override
        protected void begin() {
            phase += 0.05;
        }

        @Override
        protected void process(int entityId) {
            Transform t = mTransform.get(entityId);
            double angle = phase + entityId * 0.37;
            t.x += Math.cos(angle) * 0.02;
            t.y += Math.sin(angle) * 0.02;
        }
    }

    /** Runs every N in one process (one GlRenderer at a time, as GLFW requires). */
    List<Result> run(int[] entityCounts) {
        List<Result> results = new ArrayList<>();
        for (int n : entityCounts) {
            results.add(runOne(n));
        }
        return results;
    }

    private Result runOne(int n) {
        World world = new World(new WorldConfigurationBuilder().with(new MoveSystem()).build());
        GlRenderer renderer = new GlRenderer();
        renderer.start(world, new RenderConfig(WIDTH, HEIGHT, true, false, "bench render", msaaSamples));
        try {
            populate(world, n);
            long[] nanos = new long[frames];
            long[] submitNanos = new long[frames];
            long[] finishNanos = new long[frames];
            for (int frame = 1; frame <= WARM_UP_FRAMES + frames; frame++) {
                long start = System.nanoTime();
                world.process();
                renderer.render(frame);
                long submitted = System.nanoTime();
                renderer.finish();
                long end = System.nanoTime();
                if (frame > WARM_UP_FRAMES) {
                    int i = frame - WARM_UP_FRAMES - 1;
                    nanos[i] = end - start;
                    submitNanos[i] = submitted - start;
                    finishNanos[i] = end - submitted;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(submitNanos);
            Arrays.sort(finishNanos);
            return new Result(n, percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(submitNanos, 0.50),
                    percentile(finishNanos, 0.50), renderer.lastDrawCalls(), renderer.lastInstanceCount());
        } finally {
            renderer.close();
            world.dispose();
        }
    }

    /** A grid of unit-ish cubes on the XY plane in front of a camera that sees all of them. */
    private static void populate(World world, int n) {
        int side = (int) Math.ceil(Math.sqrt(n));
        double spacing = 1.5;
        ComponentMapper<Transform> transforms = world.getMapper(Transform.class);
        ComponentMapper<MeshRenderable> meshes = world.getMapper(MeshRenderable.class);
        for (int i = 0; i < n; i++) {
            int id = world.create();
            Transform t = transforms.create(id);
            t.x = (i / side - side / 2.0) * spacing;
            t.y = (i % side - side / 2.0) * spacing;
            t.scale = 1;
            MeshRenderable mesh = meshes.create(id);
            mesh.meshType = MeshType.CUBE;
            mesh.rgba = 0x4080FFFF | ((i * 37 & 0xFF) << 24);
        }
        int camera = world.create();
        Transform t = transforms.create(camera);
        double distance = side * spacing * 0.9 + 5;
        t.x = -distance;
        t.z = distance;
        t.pitch = 45;
        CameraComponent c = world.getMapper(CameraComponent.class).create(camera);
        c.type = CameraType.WORLD;
        c.active = true;
        c.far = distance * 4;
        world.process();
    }

    private static double percentile(long[] sortedNanos, double p) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** Prints the table, the environment it ran in, and the largest N within the 60 FPS budget. */
    void printTable(List<Result> results, String device, PrintWriter out) {
        String lpThreads = System.getenv("LP_NUM_THREADS");
        out.printf(Locale.ROOT, "render benchmark: %dx%d headless, cubes all moving every frame, %d measured frames "
                + "per N (after %d warm-up), MSAA requested %dx%n", WIDTH, HEIGHT, frames, WARM_UP_FRAMES,
                msaaSamples);
        out.printf(Locale.ROOT, "device: %s; LP_NUM_THREADS=%s; available processors %d%n", device,
                lpThreads == null ? "(unset)" : lpThreads, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%10s | %12s | %12s | %14s | %14s | %10s | %s%n", "entities", "frame p50 ms",
                "frame p99 ms", "submit p50 ms", "finish p50 ms", "draw calls", "fits 60 FPS (p99 <= 16.7 ms)");
        int best = 0;
        for (Result r : results) {
            boolean fits = r.p99Millis() <= BUDGET_MILLIS;
            if (fits) {
                best = Math.max(best, r.entities());
            }
            out.printf(Locale.ROOT, "%10d | %12.2f | %12.2f | %14.2f | %14.2f | %10d | %s%n", r.entities(),
                    r.p50Millis(), r.p99Millis(), r.submitP50Millis(), r.finishP50Millis(), r.drawCalls(),
                    fits ? "yes" : "no");
        }
        out.printf(Locale.ROOT, "largest N with p99 <= %.1f ms: %s%n", BUDGET_MILLIS,
                best == 0 ? "none of those measured" : Integer.toString(best));
    }

    /** @return the device string of a short-lived renderer (GL_RENDERER, version, MSAA granted) */
    String device() {
        World world = new World(new WorldConfigurationBuilder().build());
        GlRenderer renderer = new GlRenderer();
        renderer.start(world, new RenderConfig(64, 64, true, false, "probe", msaaSamples));
        try {
            return renderer.deviceDescription();
        } finally {
            renderer.close();
            world.dispose();
        }
    }
}
