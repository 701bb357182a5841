package dev.polyframe.script.worker;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runaway-script watchdog (ARCHITECTURE.md §8, "runaway script"): a daemon thread of its own — neither the main
 * thread nor the script worker — that interrupts a script frame still running past its budget.
 *
 * <p>The worker {@link #arm arms} it at the start of each script frame (two volatile writes, no wake-up) and
 * {@link #disarm disarms} it at the end. The watchdog thread polls every {@link #IDLE_POLL_NANOS} (never parking past
 * a re-arm, so a long load budget cannot hide the next frame's short one); once the armed frame is past its deadline
 * it calls the {@link Target} once for that frame (for GraalVM {@code Context.interrupt}, which may block this thread,
 * never the worker or the main thread). The interrupt is thus requested at most {@link #IDLE_POLL_NANOS} after the
 * deadline. A frame still running
 * {@link #STUCK_AFTER_NANOS} after the interrupt is {@link #stuck()}: code the runtime cannot interrupt (LuaJC-compiled
 * loops without host calls).
 *
 * <p>Threads: {@link #arm}, {@link #disarm}, {@link #firedThisFrame} on the worker; {@link #close} and the getters
 * from any thread.
 */
public final class ScriptWatchdog implements AutoCloseable {
    /** A frame still running this long after its interrupt is reported stuck, nanoseconds (1 s). */
    public static final long STUCK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Poll period while no frame is armed, nanoseconds (5 ms: 200 wake-ups per second, negligible CPU). */
    public static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Logger LOG = LoggerFactory.getLogger(ScriptWatchdog.class);

    /** What the watchdog stops: the runtime of the armed frame. */
    @FunctionalInterface
    public interface Target {
        /** Interrupts the running script code; called on the watchdog thread, may block it. */
        void interrupt();
    }

    private final Target target;
    private final Thread thread;
    private volatile long armedFrame;
    private volatile long deadlineNanos;
    private volatile long firedFrame;
    private volatile long firedAtNanos;
    private volatile boolean stuck;
    private volatile boolean closed;
    private long frameSequence;

    /**
     * Starts the watchdog thread ({@code polyframe-script-watchdog}, daemon).
     *
     * @param target what to interrupt
     */
    public ScriptWatchdog(Target target) {
        this.target = target;
        this.thread = new Thread(this::watch, "polyframe-script-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts timing a script frame. Worker thread.
     *
     * @param budgetNanos how long the frame may run, nanoseconds, &gt; 0
     */
    public void arm(long budgetNanos) {
        frameSequence++;
        deadlineNanos = System.nanoTime() + budgetNanos;
        armedFrame = frameSequence;
    }

    /** Ends timing the frame. Worker thread. */
    public void disarm() {
        armedFrame = 0;
        stuck = false;
    }

    /** @return whether the watchdog interrupted the frame armed last; worker thread */
    public boolean firedThisFrame() {
        return frameSequence != 0 && firedFrame == frameSequence;
    }

    /** @return the armed frame's deadline, {@link System#nanoTime()} scale; worker thread */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /** @return whether an interrupted frame has not stopped within {@link #STUCK_AFTER_NANOS}; any thread */
    public boolean stuck() {
        return stuck;
    }

    private void watch() {
        while (!closed) {
            long frame = armedFrame;
            long now = System.nanoTime();
            if (frame == 0) {
                LockSupport.parkNanos(this, IDLE_POLL_NANOS);
                continue;
            }
            long left = deadlineNanos - now;
            if (left > 0) {
                // Never sleep past a re-arm: a long load budget must not hide the next frame's short one.
                LockSupport.parkNanos(this, Math.min(left, IDLE_POLL_NANOS));
                continue;
            }
            if (firedFrame != frame) {
                firedFrame = frame;
                firedAtNanos = now;
                fire(frame);
            } else if (!stuck && now - firedAtNanos >= STUCK_AFTER_NANOS && armedFrame == frame) {
                stuck = true;
                LOG.error("script frame still running {} ms after the watchdog interrupted it: the runtime cannot "
                        + "interrupt this code (for example a LuaJC-compiled loop that calls no engine function); "
                        + "the script stays stopped until it is reloaded",
                        TimeUnit.NANOSECONDS.toMillis(now - firedAtNanos));
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private void fire(long frame) {
        try {
            if (armedFrame == frame) {
                target.interrupt();
            }
        } catch (RuntimeException e) {
            LOG.warn("ScriptWatchdog: interrupting the script failed: {}", e.toString(), e);
        }
    }

    /** Stops the watchdog thread; does not wait for it. Idempotent. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
