package dev.polyframe.sync.snapshot;

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
 * <p>Metrics are readable from any thread (plain volatile reads of single-writer fields).
 */
public final class SnapshotBuffers {
    private final EntitySnapshot first;
    private final EntitySnapshot second;
    private final int capacity;
    private final int[] dirtySlots;
    private final boolean[] dirtyMarks;
    private final IntArrayList freeSlots = new IntArrayList();
    private final RunningAverage dirtyRatio = new RunningAverage(60);
    private final RunningAverage copyMicros = new RunningAverage(60);
    private volatile EntitySnapshot front;
    private EntitySnapshot back;
    private int dirtyCount;
    private int highWaterSlot;
    private int liveCount;
    private volatile long publishes;
    private volatile long copiedSlots;
    private volatile double maxCopyMicros;

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
    }

    /** @return the buffer the script worker reads; worker thread, during a script frame */
    public EntitySnapshot front() {
        return front;
    }

    /** @return the buffer the main thread writes; main thread only */
    public EntitySnapshot back() {
        return back;
    }

    /** @return maximum live entities */
    public int capacity() {
        return capacity;
    }

    /** @return live entities in the back buffer; main thread */
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
        back.put(slot, EntityRecordDescriptor.HANDLE, handle);
        back.index(handle, slot);
        liveCount++;
        markDirty(slot);
        return slot;
    }

    /** Removes the entity in {@code slot} from the back buffer and frees the slot. Main thread. */
    public void free(int slot) {
        long handle = (long) back.get(slot, EntityRecordDescriptor.HANDLE);
        back.unindex(handle);
        back.put(slot, EntityRecordDescriptor.HANDLE, 0);
        freeSlots.addInt(slot);
        liveCount--;
        markDirty(slot);
    }

    /**
     * Writes one field of one record in the back buffer and marks the slot dirty. Main thread.
     *
     * @param field a field index from {@link EntityRecordDescriptor}, not {@code HANDLE}
     */
    public void write(int slot, int field, double value) {
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
     * Makes the back buffer the front one and brings the new back buffer up to date by copying the dirty slots
     * (O(dirty)). Main thread, only while the script worker is idle.
     *
     * @param frame main frame number the snapshot shows
     * @param timeSeconds engine time of that frame, seconds
     */
    public void publish(long frame, double timeSeconds) {
        long start = System.nanoTime();
        EntitySnapshot published = back;
        published.header(frame, timeSeconds, liveCount);
        EntitySnapshot stale = front;
        front = published;
        back = stale;
        for (int i = 0; i < dirtyCount; i++) {
            int slot = dirtySlots[i];
            stale.copySlotFrom(published, slot);
            dirtyMarks[slot] = false;
        }
        stale.copyHeaderFrom(published);
        dirtyRatio.add(liveCount == 0 ? 0.0 : Math.min(1.0, (double) dirtyCount / liveCount));
        copiedSlots += dirtyCount;
        dirtyCount = 0;
        double micros = (System.nanoTime() - start) / 1_000.0;
        copyMicros.add(micros);
        if (micros > maxCopyMicros) {
            maxCopyMicros = micros;
        }
        publishes++;
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
