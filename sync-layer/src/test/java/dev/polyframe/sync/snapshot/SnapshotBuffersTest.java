package dev.polyframe.sync.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotBuffersTest {
    private final SnapshotBuffers buffers = new SnapshotBuffers(8);

    @Test
    void shouldKeepAllocatedEntityInvisibleUntilPublish() {
        buffers.allocate(11);

        assertFalse(buffers.front().contains(11));
        assertEquals(-1, buffers.front().slotOf(11));
        assertEquals(0, buffers.front().entityCount());
    }

    @Test
    void shouldShowAllocatedEntityAfterPublish() {
        int slot = buffers.allocate(11);
        buffers.write(slot, EntityRecordDescriptor.X, 4.5);

        buffers.publish(1, 0.016);

        assertEquals(slot, buffers.front().slotOf(11));
        assertEquals(11.0, buffers.front().get(slot, EntityRecordDescriptor.HANDLE));
        assertEquals(4.5, buffers.front().get(slot, EntityRecordDescriptor.X));
    }

    @Test
    void shouldNotShowWriteMadeAfterPublishUntilNextPublish() {
        int slot = buffers.allocate(11);
        buffers.write(slot, EntityRecordDescriptor.X, 1);
        buffers.publish(1, 0);

        buffers.write(slot, EntityRecordDescriptor.X, 2);

        assertEquals(1.0, buffers.front().get(slot, EntityRecordDescriptor.X), "front sees a back write");
        buffers.publish(2, 0);
        assertEquals(2.0, buffers.front().get(slot, EntityRecordDescriptor.X));
    }

    @Test
    void shouldWriteToADifferentBufferThanTheFront() {
        buffers.publish(1, 0);

        assertNotSame(buffers.front(), buffers.back());
    }

    @Test
    void shouldSwapFrontAndBackOnPublishWhenSomethingIsDirty() {
        buffers.allocate(1);
        EntitySnapshot oldBack = buffers.back();

        buffers.publish(1, 0);

        assertSame(oldBack, buffers.front());
    }

    @Test
    void shouldKeepPublishedValueInFrontAfterPublishWithoutWrites() {
        int slot = buffers.allocate(11);
        buffers.write(slot, EntityRecordDescriptor.X, 5);
        buffers.publish(1, 0);

        buffers.publish(2, 0);

        assertTrue(buffers.front().contains(11), "catch-up copy lost the entity");
        assertEquals(5.0, buffers.front().get(slot, EntityRecordDescriptor.X), "catch-up copy lost the value");
    }

    @Test
    void shouldBringNewBackUpToDateWithFrontForDirtySlots() {
        int slot = buffers.allocate(11);
        buffers.write(slot, EntityRecordDescriptor.X, 5);
        buffers.write(slot, EntityRecordDescriptor.RGBA, 0x11223344);

        buffers.publish(1, 0);

        for (int field = 0; field < EntityRecordDescriptor.STRIDE; field++) {
            assertEquals(buffers.front().get(slot, field), buffers.back().get(slot, field), "field " + field);
        }
        assertEquals(slot, buffers.back().slotOf(11));
    }

    @Test
    void shouldKeepEarlierFieldWhenAnotherFieldIsWrittenNextFrame() {
        int slot = buffers.allocate(11);
        buffers.write(slot, EntityRecordDescriptor.X, 5);
        buffers.publish(1, 0);

        buffers.write(slot, EntityRecordDescriptor.Y, 6);
        buffers.publish(2, 0);

        assertEquals(5.0, buffers.front().get(slot, EntityRecordDescriptor.X));
        assertEquals(6.0, buffers.front().get(slot, EntityRecordDescriptor.Y));
    }

    @Test
    void shouldRemoveFreedEntityFromFrontAfterPublish() {
        int slot = buffers.allocate(11);
        buffers.publish(1, 0);

        buffers.free(slot);
        buffers.publish(2, 0);

        assertFalse(buffers.front().contains(11));
        assertEquals(-1, buffers.front().slotOf(11));
        assertEquals(0, buffers.front().entityCount());
    }

    @Test
    void shouldRemoveFreedEntityFromBothBuffers() {
        int slot = buffers.allocate(11);
        buffers.publish(1, 0);
        buffers.publish(2, 0);

        buffers.free(slot);
        buffers.publish(3, 0);
        buffers.publish(4, 0);

        assertFalse(buffers.front().contains(11), "front after two publishes");
        assertFalse(buffers.back().contains(11), "back after two publishes");
    }

    @Test
    void shouldNotResurrectFreedHandleWhenSlotIsReusedInSameFrame() {
        int slot = buffers.allocate(11);
        buffers.publish(1, 0);
        buffers.publish(2, 0);

        buffers.free(slot);
        int reused = buffers.allocate(12);
        buffers.publish(3, 0);

        assertEquals(slot, reused, "freed slot is reused");
        assertFalse(buffers.front().contains(11), "old handle still found in front");
        assertEquals(reused, buffers.front().slotOf(12));
        assertFalse(buffers.back().contains(11), "old handle still found in the caught-up back");
        assertEquals(reused, buffers.back().slotOf(12));
        buffers.publish(4, 0);
        assertFalse(buffers.front().contains(11), "old handle found after the next publish");
        assertEquals(12.0, buffers.front().get(reused, EntityRecordDescriptor.HANDLE));
    }

    @Test
    void shouldNeverShowEntityAllocatedAndFreedBeforeAnyPublish() {
        int slot = buffers.allocate(11);
        buffers.free(slot);
        buffers.allocate(12);

        buffers.publish(1, 0);
        buffers.publish(2, 0);

        assertFalse(buffers.front().contains(11));
        assertFalse(buffers.back().contains(11));
        assertTrue(buffers.front().contains(12));
    }

    @Test
    void shouldReturnMinusOneWhenEverySlotIsInUse() {
        SnapshotBuffers two = new SnapshotBuffers(2);
        two.allocate(1);
        two.allocate(2);

        assertEquals(-1, two.allocate(3));
        assertEquals(2, two.liveCount());
    }

    @Test
    void shouldAllocateAgainAfterFreeWhenFull() {
        SnapshotBuffers two = new SnapshotBuffers(2);
        int first = two.allocate(1);
        two.allocate(2);
        two.free(first);

        assertEquals(first, two.allocate(3));
    }

    @Test
    void shouldRejectCapacityBelowOneNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SnapshotBuffers(0));

        assertTrue(e.getMessage().contains("capacity=0"), e.getMessage());
    }

    @Test
    void shouldPublishFrameTimeAndEntityCountHeaders() {
        buffers.allocate(1);
        buffers.allocate(2);
        buffers.allocate(3);

        buffers.publish(7, 0.125);

        assertEquals(7, buffers.front().frame());
        assertEquals(0.125, buffers.front().timeSeconds());
        assertEquals(3, buffers.front().entityCount());
        assertEquals(7, buffers.back().frame(), "back header caught up");
        assertEquals(3, buffers.back().entityCount(), "back header caught up");
    }

    @Test
    void shouldStartWithEmptyHeaders() {
        assertEquals(0, buffers.front().frame());
        assertEquals(0.0, buffers.front().timeSeconds());
        assertEquals(0, buffers.front().entityCount());
    }

    @Test
    void shouldCountDirtySlotsOnceAndResetThemOnPublish() {
        int slot = buffers.allocate(1);
        buffers.write(slot, EntityRecordDescriptor.X, 1);
        buffers.write(slot, EntityRecordDescriptor.Y, 2);

        assertEquals(1, buffers.dirtyCount());
        buffers.publish(1, 0);
        assertEquals(0, buffers.dirtyCount());
    }

    @Test
    void shouldCountPublishesAndCopiedSlots() {
        int a = buffers.allocate(1);
        buffers.allocate(2);
        buffers.publish(1, 0);
        buffers.write(a, EntityRecordDescriptor.X, 1);
        buffers.publish(2, 0);
        buffers.publish(3, 0);

        assertEquals(3, buffers.publishes());
        assertEquals(3, buffers.copiedSlots());
    }

    @Test
    void shouldAverageDirtyRatioOverPublishes() {
        int a = buffers.allocate(1);
        buffers.allocate(2);
        buffers.allocate(3);
        buffers.allocate(4);
        buffers.publish(1, 0);

        buffers.write(a, EntityRecordDescriptor.X, 1);
        buffers.publish(2, 0);

        assertEquals((1.0 + 0.25) / 2, buffers.dirtyRatioAverage(), 1e-12);
    }

    @Test
    void shouldMeasurePublishDuration() {
        SnapshotBuffers large = new SnapshotBuffers(4096);
        for (int i = 0; i < 4096; i++) {
            large.allocate(i + 1);
        }

        large.publish(1, 0);

        assertTrue(large.copyMicrosAverage() > 0, "average " + large.copyMicrosAverage());
        assertTrue(large.copyMicrosMax() >= large.copyMicrosAverage(), "max below average");
    }

    @Test
    void shouldTrackLiveCount() {
        int a = buffers.allocate(1);
        buffers.allocate(2);
        buffers.free(a);

        assertEquals(1, buffers.liveCount());
        assertEquals(8, buffers.capacity());
    }

    @Test
    void shouldSkipTheSwapAndCopyOfACleanPublishButStampTheFrameOnBothBuffers() {
        buffers.allocate(7);
        buffers.publish(1, 0.5);
        EntitySnapshot front = buffers.front();

        buffers.publish(2, 1.0);

        assertSame(front, buffers.front(), "nothing dirty: no swap");
        assertEquals(1, buffers.skippedPublishes());
        assertEquals(2, buffers.publishes());
        assertEquals(2, buffers.front().frame());
        assertEquals(1.0, buffers.front().timeSeconds());
        assertEquals(2, buffers.back().frame());
        assertEquals(1, buffers.front().entityCount());
    }

    @Test
    void shouldKeepTheGoodFrontCountTheErrorAndLoseNothingWhenTheCatchUpCopyFails() {
        int a = buffers.allocate(1);
        int b = buffers.allocate(2);
        int c = buffers.allocate(3);
        buffers.publish(1, 0);
        buffers.write(a, EntityRecordDescriptor.X, 10);
        buffers.write(b, EntityRecordDescriptor.X, 20);
        buffers.write(c, EntityRecordDescriptor.X, 30);
        buffers.injectCopyFailure(1);

        buffers.publish(2, 0);

        assertEquals(1, buffers.errors());
        EntitySnapshot front = buffers.front();
        assertEquals(2, front.frame(), "the front is the snapshot just published");
        assertEquals(10, front.get(a, EntityRecordDescriptor.X));
        assertEquals(20, front.get(b, EntityRecordDescriptor.X));
        assertEquals(30, front.get(c, EntityRecordDescriptor.X));

        buffers.write(b, EntityRecordDescriptor.Y, 5);
        buffers.publish(3, 0);

        front = buffers.front();
        assertEquals(20, front.get(b, EntityRecordDescriptor.X), "the missed slot came over before it was written");
        assertEquals(5, front.get(b, EntityRecordDescriptor.Y));
        assertEquals(30, front.get(c, EntityRecordDescriptor.X));
        buffers.write(a, EntityRecordDescriptor.Z, 1);
        buffers.publish(4, 0);
        for (int slot : new int[] {a, b, c}) {
            for (int field = 0; field < EntityRecordDescriptor.STRIDE; field++) {
                assertEquals(buffers.front().get(slot, field), buffers.back().get(slot, field),
                        "both buffers agree on slot " + slot + " field " + field + " after catching up");
            }
        }
        assertEquals(30, buffers.front().get(c, EntityRecordDescriptor.X));
        assertEquals(1, buffers.errors());
    }

    @Test
    void shouldNotResurrectADestroyedHandleInEitherBufferAfterItsSlotIsReused() {
        int slot = buffers.allocate(1);
        buffers.publish(1, 0);
        buffers.free(slot);
        buffers.publish(2, 0);
        int reused = buffers.allocate(2);
        buffers.publish(3, 0);
        buffers.publish(4, 0);

        assertEquals(slot, reused);
        for (EntitySnapshot snapshot : new EntitySnapshot[] {buffers.front(), buffers.back()}) {
            assertFalse(snapshot.contains(1), "handle 1 stays gone");
            assertEquals(reused, snapshot.slotOf(2));
        }
    }

    @Test
    void shouldBringBothBuffersToTheSameStateWhenMostSlotsAreDirty() {
        SnapshotBuffers many = new SnapshotBuffers(16);
        int[] slots = new int[10];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = many.allocate(i + 1);
        }
        many.publish(1, 0);
        many.free(slots[3]);
        int reused = many.allocate(99);
        for (int i = 0; i < slots.length; i++) {
            many.write(slots[i], EntityRecordDescriptor.X, i * 10);
        }

        many.publish(2, 0);

        assertEquals(0, many.dirtyCount());
        for (EntitySnapshot snapshot : new EntitySnapshot[] {many.front(), many.back()}) {
            assertFalse(snapshot.contains(4), "the freed handle is gone from both buffers");
            assertEquals(reused, snapshot.slotOf(99));
            for (int i = 0; i < slots.length; i++) {
                assertEquals(i * 10, snapshot.get(slots[i], EntityRecordDescriptor.X));
            }
        }
    }

    @Test
    void shouldRecoverFromAFailedBulkCatchUpCopy() {
        SnapshotBuffers many = new SnapshotBuffers(16);
        int[] slots = new int[6];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = many.allocate(i + 1);
        }
        many.publish(1, 0);
        for (int i = 0; i < slots.length; i++) {
            many.write(slots[i], EntityRecordDescriptor.Y, i + 0.5);
        }
        many.injectCopyFailure(2);

        many.publish(2, 0);
        many.write(slots[0], EntityRecordDescriptor.Z, 7);
        many.publish(3, 0);
        many.write(slots[5], EntityRecordDescriptor.Z, 8);
        many.publish(4, 0);

        assertEquals(1, many.errors());
        for (int i = 0; i < slots.length; i++) {
            for (int field = 0; field < EntityRecordDescriptor.STRIDE; field++) {
                assertEquals(many.front().get(slots[i], field), many.back().get(slots[i], field),
                        "slot " + slots[i] + " field " + field);
            }
            assertEquals(i + 0.5, many.front().get(slots[i], EntityRecordDescriptor.Y));
        }
        assertEquals(7, many.front().get(slots[0], EntityRecordDescriptor.Z));
        assertEquals(8, many.front().get(slots[5], EntityRecordDescriptor.Z));
    }

    @Test
    void shouldKeepCamerasInTheSnapshotWithoutCountingThemAsEntities() {
        buffers.allocate(1);
        int camera = buffers.allocateCamera(2);
        buffers.publish(1, 0);

        assertEquals(1, buffers.front().entityCount());
        assertEquals(EntityRecordDescriptor.FLAG_CAMERA, (int) buffers.front().get(camera,
                EntityRecordDescriptor.FLAGS));
        buffers.free(camera);
        buffers.publish(2, 0);
        assertEquals(1, buffers.front().entityCount(), "freeing a camera leaves the entity count alone");
        assertFalse(buffers.front().contains(2));
    }
}
