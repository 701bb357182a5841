package dev.polyframe.script.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The watchdog interrupts a frame past its budget once, from its own thread, and never a frame that ended. The test
 * thread plays the worker; it waits on a latch the interrupt counts down (the 30 s bound only turns a hang into a
 * failure).
 */
class ScriptWatchdogTest {
    private final AtomicInteger interrupts = new AtomicInteger();
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private volatile String interruptThread;

    private ScriptWatchdog watchdog() {
        return new ScriptWatchdog(() -> {
            interruptThread = Thread.currentThread().getName();
            interrupts.incrementAndGet();
            interrupted.countDown();
        });
    }

    @Test
    void shouldInterruptAFrameRunningPastItsBudgetFromItsOwnThread() throws InterruptedException {
        try (ScriptWatchdog watchdog = watchdog()) {
            watchdog.arm(TimeUnit.MILLISECONDS.toNanos(1));

            assertTrue(interrupted.await(30, TimeUnit.SECONDS), "interrupted");
            assertTrue(watchdog.firedThisFrame());
            assertEquals("polyframe-script-watchdog", interruptThread);
            watchdog.disarm();
        }
    }

    @Test
    void shouldNotInterruptAFrameThatEndedInTime() throws InterruptedException {
        try (ScriptWatchdog watchdog = watchdog()) {
            watchdog.arm(TimeUnit.MILLISECONDS.toNanos(20));
            watchdog.disarm();
            watchdog.arm(TimeUnit.MILLISECONDS.toNanos(1));

            assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the second frame is interrupted");
            assertTrue(watchdog.firedThisFrame());
            watchdog.disarm();
            assertEquals(1, interrupts.get(), "only the frame that overran");
        }
    }

    @Test
    void shouldStartEachFrameUnfired() throws InterruptedException {
        try (ScriptWatchdog watchdog = watchdog()) {
            watchdog.arm(TimeUnit.MILLISECONDS.toNanos(1));
            assertTrue(interrupted.await(30, TimeUnit.SECONDS));
            watchdog.disarm();

            watchdog.arm(TimeUnit.SECONDS.toNanos(60));

            assertFalse(watchdog.firedThisFrame());
            watchdog.disarm();
        }
    }
}
