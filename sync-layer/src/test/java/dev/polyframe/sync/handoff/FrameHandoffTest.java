package dev.polyframe.sync.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class FrameHandoffTest {
    private final FrameHandoff handoff = new FrameHandoff();

    @Test
    void shouldStartIdleWithNothingTriggered() {
        assertTrue(handoff.workerIdle());
        assertFalse(handoff.pollTrigger());
        assertEquals(0, handoff.triggeredFrames());
        assertEquals(0, handoff.completedFrames());
        assertEquals(0, handoff.frameSkips());
    }

    @Test
    void shouldMakeTriggeredFrameVisibleToWorker() {
        handoff.trigger(0.016);

        assertTrue(handoff.pollTrigger());
        assertFalse(handoff.workerIdle());
        assertEquals(1, handoff.triggeredFrames());
        assertEquals(0, handoff.completedFrames());
    }

    @Test
    void shouldPassDtThroughToWorker() {
        handoff.trigger(0.0125);

        assertEquals(0.0125, handoff.dtSeconds());
    }

    @Test
    void shouldPassLatestDtOfEachFrame() {
        handoff.trigger(0.5);
        handoff.complete(0);
        handoff.trigger(0.25);

        assertEquals(0.25, handoff.dtSeconds());
    }

    @Test
    void shouldBecomeIdleWhenWorkerCompletes() {
        handoff.trigger(0.016);

        handoff.complete(0);

        assertTrue(handoff.workerIdle());
        assertFalse(handoff.pollTrigger());
        assertEquals(1, handoff.completedFrames());
    }

    @Test
    void shouldCountTriggeredAndCompletedFrames() {
        for (int i = 0; i < 5; i++) {
            handoff.trigger(0.016);
            handoff.complete(0);
        }
        handoff.trigger(0.016);

        assertEquals(6, handoff.triggeredFrames());
        assertEquals(5, handoff.completedFrames());
    }

    @Test
    void shouldCountFrameSkips() {
        handoff.trigger(0.016);
        handoff.countSkip();
        handoff.countSkip();
        handoff.countSkip();

        assertEquals(3, handoff.frameSkips());
        assertEquals(1, handoff.triggeredFrames(), "a skip triggers nothing");
    }

    @Test
    void shouldWakeParkedWorkerOnTrigger() throws InterruptedException {
        CountDownLatch attached = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            handoff.attachWorker();
            attached.countDown();
            while (!handoff.pollTrigger()) {
                LockSupport.park(this);
            }
            ran.set(true);
            handoff.complete(0);
        }, "test-worker");
        worker.setDaemon(true);
        worker.start();
        assertTrue(attached.await(10, TimeUnit.SECONDS), "worker attached");

        handoff.trigger(0.016);
        worker.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(worker.isAlive(), "trigger did not wake the parked worker");
        assertTrue(ran.get());
        assertTrue(handoff.workerIdle());
    }
}
