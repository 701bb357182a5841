package dev.polyframe.ecs;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds the main loop to a fixed cadence: parks until shortly before each frame's deadline, then spins the last
 * stretch for precision. A frame that overruns moves the schedule instead of bursting to catch up.
 *
 * <p>Main thread only.
 */
final class FramePacer {
    private static final long SPIN_NANOS = 200_000;

    private final long periodNanos;
    private long deadline;

    FramePacer(int hz) {
        this.periodNanos = 1_000_000_000L / hz;
    }

    /** Starts the schedule now. */
    void start() {
        deadline = System.nanoTime() + periodNanos;
    }

    /** Waits until the next frame is due. */
    void awaitNextFrame() {
        long now = System.nanoTime();
        long remaining = deadline - now;
        if (remaining < -periodNanos) {
            deadline = now + periodNanos;
            return;
        }
        if (remaining > SPIN_NANOS) {
            LockSupport.parkNanos(remaining - SPIN_NANOS);
        }
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        deadline += periodNanos;
    }
}
