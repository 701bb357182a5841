package dev.polyframe.sync.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The main thread records input every frame (a SPACE tap, the cursor moved to (frame, -frame), a wheel step) and
 * publishes with the snapshot only while the worker is idle; the worker reads the input section during triggered
 * frames. No section may be torn (cursor x and y from different frames), and over the run the worker must count
 * every tap, every pixel of motion and every wheel step exactly once, however many frames it skipped.
 */
@Tag("slow")
class InputBuffersConcurrencyTest {
    private static final int SPACE = Keys.keyCode("SPACE");
    private static final long MAX_FRAMES = 200_000;
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final SnapshotBuffers buffers = new SnapshotBuffers(1);
    private final FrameHandoff handoff = new FrameHandoff();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong seenTaps = new AtomicLong();
    private final AtomicLong checkedFrames = new AtomicLong();
    private volatile double seenMotion;
    private volatile double seenWheel;

    @Test
    void shouldNeverTearOrLoseInputWhenTheWorkerSkipsFrames() throws InterruptedException {
        Thread worker = new Thread(this::workerLoop, "input-stress-worker");
        worker.setDaemon(true);
        worker.start();

        long lastPublishedFrame = mainLoop();
        stop.set(true);
        worker.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(worker.isAlive(), "worker did not stop");
        assertNull(failure.get(), () -> "worker saw inconsistent input: " + failure.get());
        assertTrue(checkedFrames.get() > 0, "worker never checked a frame");
        assertEquals(lastPublishedFrame, seenTaps.get(), "one tap per main frame up to the last publish");
        assertEquals(lastPublishedFrame - 1, seenMotion, "motion from the first cursor report to the last publish");
        assertEquals(lastPublishedFrame, seenWheel, "one wheel step per main frame up to the last publish");
    }

    private long mainLoop() {
        long deadline = System.nanoTime() + MAX_NANOS;
        long lastPublished = 0;
        InputBuffers input = buffers.input();
        for (long frame = 1; frame <= MAX_FRAMES && System.nanoTime() < deadline && failure.get() == null; frame++) {
            input.key(SPACE, true);
            input.key(SPACE, false);
            input.mouseMoved(frame, -frame);
            input.scrolled(1);
            if (handoff.workerIdle()) {
                buffers.publish(frame, frame / 60.0);
                handoff.trigger(1 / 60.0);
                lastPublished = frame;
            } else {
                handoff.countSkip();
            }
        }
        return lastPublished;
    }

    private void workerLoop() {
        handoff.attachWorker();
        // Keep serving triggers after stop until the last one is handled, so no published frame goes unread.
        while (!stop.get() || handoff.pollTrigger()) {
            if (!handoff.pollTrigger()) {
                Thread.onSpinWait();
                continue;
            }
            try {
                check(buffers.input().front(), buffers.front().frame());
                checkedFrames.incrementAndGet();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                return;
            } finally {
                handoff.complete(0);
            }
        }
    }

    private void check(InputSnapshot input, long frame) {
        if (input.mouseX() != frame || input.mouseY() != -frame) {
            throw new AssertionError("torn input: frame " + frame + ", cursor " + input.mouseX() + ", "
                    + input.mouseY());
        }
        if (input.keyDown(SPACE) || input.keyPresses(SPACE) != input.keyReleases(SPACE)) {
            throw new AssertionError("a tap seen half: frame " + frame + ", presses " + input.keyPresses(SPACE)
                    + ", releases " + input.keyReleases(SPACE));
        }
        if (input.mouseDx() != -input.mouseDy()) {
            throw new AssertionError("torn motion: " + input.mouseDx() + ", " + input.mouseDy());
        }
        seenTaps.addAndGet(input.keyPresses(SPACE));
        seenMotion += input.mouseDx();
        seenWheel += input.wheel();
    }
}
