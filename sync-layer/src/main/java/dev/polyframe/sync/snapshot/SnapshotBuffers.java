package dev.polyframe.sync.snapshot;

import dev.polyframe.sync.input.InputBuffers;
import org.agrona.collections.IntArrayList;

/**
 * The double-buffered entity snapshot: the main thread writes the back buffer, the script worker reads the front
 * buffer, and {@link #publish} swaps them and brings the new back buffer up to date by copying only the dirty slots
 * (seed 000 §1.1, ARCHITECTURE.md §4).
 *
 * <p>Threads: {@link #front()} is for the script worker, during a script frame. Every other method is main thread
 * only. {@link #publish} must only be called while the worker is idle between frames (the
 * {@link dev.polyframe.sync.handoff.FrameHandoff} guarantees it and gives the happens-before edge); the swap then
 * needs no lock.
 *
 * <p>A publish with nothing dirty (the buffer-level dirty flag is clear) only stamps the new frame and time on both
 * headers and counts a skipped publish. If the catch-up copy fails (seed 002 §"InjectFailure"; tests inject one with
 * {@link #injectCopyFailure}), the front stays the snapshot just published, which is complete; the slots the copy
 * did not reach are remembered and brought over from the front before the main thread next writes them, or at the
 * next publish at the latest; the error is counted. Nothing written is lost.
 *
 * <p>Metrics are readable from any thread (plain volatile reads of single-writer fields).
 */
public final class SnapshotBuffers {
    /**
     * Above one dirty slot in this many used slots, a publish copies all used records in one bulk copy instead of
     * slot by slot: per-record copies cost 2-4x a bulk copy per record (benchmarks/README.md), and RECIPES.md puts
     * the break-even near 12-20 % dirty.
     */
    static final int BULK_COPY_DIVISOR = 6;
    private final EntitySnapshot first;
    private final EntitySnapshot second;
    private final int capacity;
    private final int[] dirtySlots;
    private final boolean[] dirtyMarks;
    private final IntArrayList freeSlots = new IntArrayList();
    private final boolean[] catchUpMarks;
    private final IntArrayList handleChangedSlots = new IntArrayList();
    private final IntArrayList catchUpSlots = new IntArrayList();
    private final RunningAverage dirtyRatio = new RunningAverage(60);
    private final RunningAverage copyMicros = new RunningAverage(60);
    private final InputBuffers input = new InputBuffers();
    private volatile EntitySnapshot front;
    private EntitySnapshot back;
    private int dirtyCount;
    private int highWaterSlot;
    private int liveCount;
    private int cameraCount;
    private volatile long publishes;
    private volatile long copiedSlots;
    private volatile double maxCopyMicros;
    private volatile long skippedPublishes;
    private volatile long errors;
    private int failCopyAfter = -1;

    /**
     * @param capacity maximum live entities, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public SnapshotBuffers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("SnapshotBuffers: capacity=" + capacity + " must be >= 1");
        }
        this.capacity = capacity;
        this.first = new EntitySnapshot(capacity);
        this.second = new EntitySnapshot(capacity);
        this.front = first;
        this.back = second;
        this.dirtySlots = new int[capacity];
        this.dirtyMarks = new boolean[capacity];
        this.catchUpMarks = new boolean[capacity];
    }

    /** @return the buffer the script worker reads; worker thread, during a script frame */
    public EntitySnapshot front() {
        return front;
    }

    /** @return the buffer the main thread writes; main thread only */
    public EntitySnapshot back() {
        return back;
    }

    /**
     * @return the input section: the main thread records keyboard and mouse events into it, {@link #publish}
     *     publishes it with the entities, the worker reads {@link InputBuffers#front()}
     */
    public InputBuffers input() {
        return input;
    }

    /** @return maximum live entities */
    public int capacity() {
        return capacity;
    }

    /** @return live records (entities and cameras) in the back buffer; main thread */
    public int liveCount() {
        return liveCount;
    }

    /**
     * Gives an entity a slot in the back buffer, visible to scripts after the next publish. Main thread.
     *
     * @param handle script handle, 1 to 2^53 - 1
     * @return the slot, or -1 when every slot is in use
     */
    public int allocate(long handle) {
        int slot;
        if (!freeSlots.isEmpty()) {
            slot = freeSlots.removeAt(freeSlots.size() - 1);
        } else if (highWaterSlot < capacity) {
            slot = highWaterSlot++;
        } else {
            return -1;
        }
        catchUp(slot);
        back.put(slot, EntityRecordDescriptor.HANDLE, handle);
        back.index(handle, slot);
        liveCount++;
        markDirty(slot);
        handleChangedSlots.addInt(slot);
        return slot;
    }

    /**
     * Gives a camera a slot in the back buffer ({@link EntityRecordDescriptor#FLAG_CAMERA} set; not counted as an
     * entity), visible to scripts after the next publish. Main thread.
     *
     * @param handle script handle, 1 to 2^53 - 1
     * @return the slot, or -1 when every slot is in use
     */
    public int allocateCamera(long handle) {
        int slot = allocate(handle);
        if (slot >= 0) {
            back.put(slot, EntityRecordDescriptor.FLAGS, EntityRecordDescriptor.FLAG_CAMERA);
            cameraCount++;
        }
        return slot;
    }

    /** Removes the entity in {@code slot} from the back buffer and frees the slot. Main thread. */
    public void free(int slot) {
        catchUp(slot);
        if (((long) back.get(slot, EntityRecordDescriptor.FLAGS) & EntityRecordDescriptor.FLAG_CAMERA) != 0) {
            cameraCount--;
        }
        back.put(slot, EntityRecordDescriptor.FLAGS, 0);
        long handle = (long) back.get(slot, EntityRecordDescriptor.HANDLE);
        back.unindex(handle);
        back.put(slot, EntityRecordDescriptor.HANDLE, 0);
        freeSlots.addInt(slot);
        liveCount--;
        markDirty(slot);
        handleChangedSlots.addInt(slot);
    }

    /**
     * Writes one field of one record in the back buffer and marks the slot dirty. Main thread.
     *
     * @param field a field index from {@link EntityRecordDescriptor}, not {@code HANDLE}
     */
    public void write(int slot, int field, double value) {
        catchUp(slot);
        back.put(slot, field, value);
        markDirty(slot);
    }

    private void markDirty(int slot) {
        if (!dirtyMarks[slot]) {
            dirtyMarks[slot] = true;
            dirtySlots[dirtyCount++] = slot;
        }
    }

    /** @return slots written since the last publish; main thread */
    public int dirtyCount() {
        return dirtyCount;
    }

    /**
     * Publishes the input section ({@link InputBuffers#publish()}, always), makes the back buffer the front one and
     * brings the new back buffer up to date by copying the dirty slots
     * (O(dirty); above one dirty slot in {@value #BULK_COPY_DIVISOR}, one bulk copy of every used record); with
     * nothing dirty, only stamps the frame on both buffers and counts a skipped publish. Main
     * thread, only while the script worker is idle.
     *
     * @param frame main frame number the snapshot shows
     * @param timeSeconds engine time of that frame, seconds
     * @throws IllegalStateException when the buffers are inconsistent (aliased, or of different capacities): the
     *     front is left as it was, the error counted
     */
    public void publish(long frame, double timeSeconds) {
        long start = System.nanoTime();
        // Input changes every frame someone touches a key: it is published even when no entity is dirty.
        input.publish();
        validate();
        finishCatchUp();
        if (dirtyCount == 0) {
            back.header(frame, timeSeconds, liveCount - cameraCount);
            front.header(frame, timeSeconds, liveCount - cameraCount);
            skippedPublishes++;
            publishes++;
            return;
        }
        EntitySnapshot published = back;
        published.header(frame, timeSeconds, liveCount - cameraCount);
        EntitySnapshot stale = front;
        front = published;
        back = stale;
        boolean bulk = (long) dirtyCount * BULK_COPY_DIVISOR > highWaterSlot;
        int copied = 0;
        try {
            if (bulk) {
                if (failCopyAfter >= 0) {
                    failCopyAfter = -1;
                    throw new IllegalStateException("SnapshotBuffers.publish: injected bulk copy failure");
                }
                // Only slots that changed hands need their index entry moved; then one copy of every used record.
                for (int i = 0; i < handleChangedSlots.size(); i++) {
                    stale.syncIndexFrom(published, handleChangedSlots.getInt(i));
                }
                stale.copyRecordsFrom(published, highWaterSlot);
                for (int i = 0; i < dirtyCount; i++) {
                    dirtyMarks[dirtySlots[i]] = false;
                }
                copied = dirtyCount;
            } else {
                for (; copied < dirtyCount; copied++) {
                    int slot = dirtySlots[copied];
                    if (copied == failCopyAfter) {
                        failCopyAfter = -1;
                        throw new IllegalStateException("SnapshotBuffers.publish: injected copy failure at slot "
                                + slot);
                    }
                    stale.copySlotFrom(published, slot);
                    dirtyMarks[slot] = false;
                }
            }
        } catch (RuntimeException e) {
            errors++;
            for (int i = copied; i < dirtyCount; i++) {
                int slot = dirtySlots[i];
                dirtyMarks[slot] = false;
                if (!catchUpMarks[slot]) {
                    catchUpMarks[slot] = true;
                    catchUpSlots.addInt(slot);
                }
            }
        }
        handleChangedSlots.clear();
        stale.copyHeaderFrom(published);
        dirtyRatio.add(liveCount == 0 ? 0.0 : Math.min(1.0, (double) dirtyCount / liveCount));
        copiedSlots += copied;
        dirtyCount = 0;
        double micros = (System.nanoTime() - start) / 1_000.0;
        copyMicros.add(micros);
        if (micros > maxCopyMicros) {
            maxCopyMicros = micros;
        }
        publishes++;
    }

    private void validate() {
        if (front == back || front.capacity() != back.capacity() || front.capacity() != capacity) {
            errors++;
            throw new IllegalStateException("SnapshotBuffers.publish: inconsistent buffers (front capacity "
                    + front.capacity() + ", back capacity " + back.capacity() + ", aliased " + (front == back) + ")");
        }
    }

    /** Brings one slot the last catch-up copy missed over from the front before the back changes it. */
    private void catchUp(int slot) {
        if (catchUpMarks[slot]) {
            catchUpMarks[slot] = false;
            back.copySlotFrom(front, slot);
        }
    }

    private void finishCatchUp() {
        for (int i = 0; i < catchUpSlots.size(); i++) {
            catchUp(catchUpSlots.getInt(i));
        }
        catchUpSlots.clear();
    }

    /**
     * Test hook (seed 002 "InjectFailure"): makes the next publish's catch-up copy throw after copying
     * {@code slots} slots. Main thread.
     */
    void injectCopyFailure(int slots) {
        failCopyAfter = slots;
    }

    /** @return publishes that found nothing dirty and skipped the swap and copy; any thread */
    public long skippedPublishes() {
        return skippedPublishes;
    }

    /** @return failed publishes and failed catch-up copies; any thread */
    public long errors() {
        return errors;
    }

    /** @return publishes since creation; any thread */
    public long publishes() {
        return publishes;
    }

    /** @return slots copied to bring back buffers up to date; any thread */
    public long copiedSlots() {
        return copiedSlots;
    }

    /** @return dirty slots / live entities, averaged over the last 60 publishes; any thread */
    public double dirtyRatioAverage() {
        return dirtyRatio.average();
    }

    /** @return publish duration in microseconds, averaged over the last 60 publishes; any thread */
    public double copyMicrosAverage() {
        return copyMicros.average();
    }

    /** @return longest publish duration seen, microseconds; any thread */
    public double copyMicrosMax() {
        return maxCopyMicros;
    }
}
