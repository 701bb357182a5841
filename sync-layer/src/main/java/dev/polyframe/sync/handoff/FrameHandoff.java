package dev.polyframe.sync.handoff;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The frame hand-off between the main thread and the script worker: the main thread triggers a script frame when
 * the worker has completed the previous one, and otherwise counts a frame skip and goes on. Nobody ever waits.
 *
 * <p>This replaces the seeds' timed-mutex swap (seed 001 Phase 3): the worker is idle between {@link #complete(long)}
 * and the next trigger, so the main thread can swap snapshots then without a lock. The trigger and complete
 * counters are atomics whose release/acquire pair gives the happens-before edges.
 *
 * <p>Threads: {@link #workerIdle()}, {@link #trigger}, {@link #countSkip()} on the main thread;
 * {@link #attachWorker()}, {@link #pollTrigger()}, {@link #dtSeconds()}, {@link #complete(long)} on the worker.
 * Counters are readable from any thread.
 */
public final class FrameHandoff {
    private final AtomicLong triggered = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong skips = new AtomicLong();
    private volatile double dtSeconds;
    private volatile long lastFrameNanos;
    private volatile Thread worker;

    /** Registers the calling thread as the worker so a trigger can wake it. Worker thread, once at start. */
    public void attachWorker() {
        worker = Thread.currentThread();
    }

    /** @return {@code true} when the worker has completed every triggered frame; main thread */
    public boolean workerIdle() {
        return completed.get() == triggered.get();
    }

    /**
     * Starts the next script frame and wakes the worker if it is parked. Main thread, only when
     * {@link #workerIdle()}.
     *
     * @param dtSeconds game time since the previous script frame, seconds
     */
    public void trigger(double dtSeconds) {
        this.dtSeconds = dtSeconds;
        triggered.incrementAndGet();
        Thread w = worker;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /** Counts a main frame in which the worker was still busy. Main thread. */
    public void countSkip() {
        skips.incrementAndGet();
    }

    /** @return {@code true} when a triggered frame is waiting to run; worker thread */
    public boolean pollTrigger() {
        return triggered.get() > completed.get();
    }

    /** @return the dt of the triggered frame, seconds; worker thread, after {@link #pollTrigger()} */
    public double dtSeconds() {
        return dtSeconds;
    }

    /**
     * Marks the triggered frame complete; after this the worker must not read the front snapshot. Worker thread.
     *
     * @param frameNanos how long the worker spent on the frame, nanoseconds, for {@link #lastFrameNanos()}
     */
    public void complete(long frameNanos) {
        lastFrameNanos = frameNanos;
        completed.set(triggered.get());
    }

    /**
     * @return the duration the worker reported for its last completed frame, nanoseconds; any thread (read after
     *     {@link #completedFrames()} to get the frame it counted)
     */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** @return script frames triggered; any thread */
    public long triggeredFrames() {
        return triggered.get();
    }

    /** @return script frames completed; any thread */
    public long completedFrames() {
        return completed.get();
    }

    /** @return main frames that found the worker busy; any thread */
    public long frameSkips() {
        return skips.get();
    }
}
