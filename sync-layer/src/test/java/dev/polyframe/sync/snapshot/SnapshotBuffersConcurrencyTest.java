package dev.polyframe.sync.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.sync.handoff.FrameHandoff;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The main thread writes the back snapshot every frame and publishes only while the worker is idle; the worker
 * reads the front snapshot during triggered frames. No record may ever be seen half-written or go backwards.
 */
@Tag("slow")
class SnapshotBuffersConcurrencyTest {
    private static final int SLOTS = 32;
    private static final long MAX_FRAMES = 200_000;
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final SnapshotBuffers buffers = new SnapshotBuffers(SLOTS);
    private final FrameHandoff handoff = new FrameHandoff();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong checkedFrames = new AtomicLong();

    @Test
    void shouldNeverShowTornOrOlderRecordsToWorker() throws InterruptedException {
        for (int slot = 0; slot < SLOTS; slot++) {
            buffers.allocate(slot + 1);
        }
        Thread worker = new Thread(this::workerLoop, "snapshot-stress-worker");
        worker.setDaemon(true);
        worker.start();

        long published = mainLoop();
        stop.set(true);
        worker.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(worker.isAlive(), "worker did not stop");
        assertNull(failure.get(), () -> "worker saw an inconsistent snapshot: " + failure.get());
        assertTrue(published > 0, "main thread never found the worker idle");
        assertTrue(checkedFrames.get() > 0, "worker never checked a frame");
    }

    private long mainLoop() {
        long deadline = System.nanoTime() + MAX_NANOS;
        long published = 0;
        for (long frame = 1; frame <= MAX_FRAMES && System.nanoTime() < deadline && failure.get() == null; frame++) {
            for (int slot = 0; slot < SLOTS; slot++) {
                for (int field = EntityRecordDescriptor.X; field < EntityRecordDescriptor.STRIDE; field++) {
                    buffers.write(slot, field, frame);
                }
            }
            if (handoff.workerIdle()) {
                buffers.publish(frame, frame / 60.0);
                handoff.trigger(1 / 60.0);
                published++;
            } else {
                handoff.countSkip();
            }
        }
        return published;
    }

    private void workerLoop() {
        handoff.attachWorker();
        double last = 0;
        while (!stop.get()) {
            if (!handoff.pollTrigger()) {
                Thread.onSpinWait();
                continue;
            }
            try {
                last = check(buffers.front(), last);
                checkedFrames.incrementAndGet();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                return;
            } finally {
                handoff.complete(0);
            }
        }
    }

    private static double check(EntitySnapshot front, double last) {
        double frame = front.frame();
        if (frame < last) {
            throw new AssertionError("frame went backwards: " + frame + " after " + last);
        }
        for (int slot = 0; slot < SLOTS; slot++) {
            if (front.slotOf(slot + 1) != slot) {
                throw new AssertionError("handle " + (slot + 1) + " at slot " + front.slotOf(slot + 1));
            }
            for (int field = EntityRecordDescriptor.X; field < EntityRecordDescriptor.STRIDE; field++) {
                double value = front.get(slot, field);
                if (value != frame) {
                    throw new AssertionError("torn record: frame " + frame + ", slot " + slot + ", field " + field
                            + " = " + value);
                }
            }
        }
        return frame;
    }
}
