package dev.polyframe.benchmarks;

import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.worker.ScriptWorker;
import dev.polyframe.script.worker.ScriptWorkerAgent;
import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Wake latency of the script worker: from the main thread's {@link FrameHandoff#trigger} to the game's
 * {@code update} hook running on the worker. A plain measured loop, not JMH: the quantity is a one-way cross-thread
 * latency distribution, which JMH's modes cannot report.
 *
 * <p><b>Ours</b> runs the real {@link ScriptWorker} ({@code AgentRunner}, {@code SleepingIdleStrategy} parking up to
 * 1 ms, unparked by the trigger) around the real {@link ScriptWorkerAgent} (event drain, deferred results, hooks)
 * with a Java "script" whose {@code update} reads the clock. <b>Floor</b> is a bare thread in
 * {@link LockSupport#park()} woken by {@link LockSupport#unpark}, the primitive the hand-off uses.
 *
 * <p>Triggers are spaced by a random 2-4 ms (the worker is parked, as between 60 Hz frames, and the spacing does
 * not alias with the 1 ms park), the main thread waits for each frame to complete by parking in 50 µs steps, never
 * by spinning. The two are measured in alternating blocks of 100 wakes so machine noise hits both alike.
 *
 * <p>Threads: {@link #measure} from one thread; it starts and stops its own worker threads.
 */
public final class HandoffWakeBenchmark {
    private static final int BLOCK = 100;
    private static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long MAX_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(4);
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    private static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(10);

    /**
     * Wake latencies in nanoseconds.
     *
     * @param ours trigger to {@code update} through the real worker
     * @param floor unpark to return from park on a bare thread
     * @param scriptErrors errors the worker reported (must be 0)
     */
    record Result(Histogram ours, Histogram floor, long scriptErrors) {
    }

    private HandoffWakeBenchmark() {
    }

    /**
     * @param wakes wakes recorded for each of ours and floor, at least 1 000 for a meaningful p99
     * @param warmupWakes wakes run first and not recorded
     */
    static Result measure(int wakes, int warmupWakes) {
        Ours ours = new Ours();
        Floor floor = new Floor();
        SplittableRandom random = new SplittableRandom(42);
        try {
            for (int i = 0; i < warmupWakes; i++) {
                ours.wakeOnce(gap(random), null);
                floor.wakeOnce(gap(random), null);
            }
            Histogram oursHistogram = new Histogram(HIGHEST_NANOS, 3);
            Histogram floorHistogram = new Histogram(HIGHEST_NANOS, 3);
            int done = 0;
            while (done < wakes) {
                int n = Math.min(BLOCK, wakes - done);
                for (int i = 0; i < n; i++) {
                    ours.wakeOnce(gap(random), oursHistogram);
                }
                for (int i = 0; i < n; i++) {
                    floor.wakeOnce(gap(random), floorHistogram);
                }
                done += n;
            }
            return new Result(oursHistogram, floorHistogram, ours.errors.get());
        } finally {
            ours.close();
            floor.close();
        }
    }

    private static long gap(SplittableRandom random) {
        return MIN_GAP_NANOS + random.nextLong(MAX_GAP_NANOS - MIN_GAP_NANOS);
    }

    private static void pause(long nanos) {
        long end = System.nanoTime() + nanos;
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    /** The real worker: {@link ScriptWorker} running {@link ScriptWorkerAgent} with a clock-reading game. */
    private static final class Ours implements AutoCloseable {
        private final FrameHandoff handoff = new FrameHandoff();
        private final MessageRing commands = new MessageRing("commands", 1 << 16);
        private final AtomicLong errors = new AtomicLong();
        private final ScriptWorker worker;
        private volatile long triggerNanos;
        /** Written by the worker before it completes the frame; the hand-off's complete/idle pair publishes it. */
        private long latencyNanos;

        Ours() {
            MessageRing events = new MessageRing("events", 1 << 16);
            ScriptApis apis = new ScriptApis(commands, new SnapshotBuffers(16), Map::of);
            JavaGameBackend backend = new JavaGameBackend((scripts, dt) ->
                    latencyNanos = System.nanoTime() - triggerNanos);
            worker = new ScriptWorker(new ScriptWorkerAgent(backend, JavaGameBackend.source(), apis, handoff, events,
                    error -> errors.incrementAndGet()));
            worker.start();
        }

        void wakeOnce(long gapNanos, Histogram into) {
            pause(gapNanos);
            triggerNanos = System.nanoTime();
            handoff.trigger(0.016);
            while (!handoff.workerIdle()) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            // Each script frame ends with a frame-end marker; the engine's drain would take it.
            commands.drain((type, buffer, index, length) -> { }, Integer.MAX_VALUE);
            if (into != null) {
                into.recordValue(Math.min(HIGHEST_NANOS, latencyNanos));
            }
        }

        @Override
        public void close() {
            worker.close();
        }
    }

    /** A bare thread parked in {@link LockSupport#park()}, recording how long after the unpark it returns. */
    private static final class Floor implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long triggerNanos;
        private volatile long requested;
        private volatile long served;
        private volatile long latencyNanos;

        Floor() {
            thread = new Thread(this::loop, "floor-parked-thread");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            long seen = 0;
            while (running) {
                LockSupport.park();
                long now = System.nanoTime();
                long wanted = requested;
                if (wanted != seen) {
                    latencyNanos = now - triggerNanos;
                    seen = wanted;
                    served = wanted;
                }
            }
        }

        void wakeOnce(long gapNanos, Histogram into) {
            pause(gapNanos);
            long wanted = requested + 1;
            triggerNanos = System.nanoTime();
            requested = wanted;
            LockSupport.unpark(thread);
            while (served != wanted) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            if (into != null) {
                into.recordValue(Math.min(HIGHEST_NANOS, latencyNanos));
            }
        }

        @Override
        public void close() {
            running = false;
            LockSupport.unpark(thread);
        }
    }

    /**
     * Runs the measurement alone and prints p50/p90/p99/max in microseconds.
     *
     * @param args optional: wakes (default 2000), warm-up wakes (default 200)
     */
    public static void main(String[] args) {
        int wakes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Result r = measure(wakes, warmup);
        System.out.printf("wakes %d each, script errors %d%n", wakes, r.scriptErrors());
        print("ours (ScriptWorker)", r.ours());
        print("floor (park/unpark)", r.floor());
    }

    private static void print(String what, Histogram h) {
        System.out.printf("%-22s p50 %8.1f µs  p90 %8.1f µs  p99 %8.1f µs  max %8.1f µs%n", what,
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3);
    }
}
