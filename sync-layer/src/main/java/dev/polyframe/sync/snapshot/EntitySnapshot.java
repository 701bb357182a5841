package dev.polyframe.sync.snapshot;

import org.agrona.collections.Long2LongHashMap;

/**
 * One buffer of the double-buffered entity snapshot: a record per slot (layout in {@link EntityRecordDescriptor}),
 * a handle to slot index, and a header with the main frame number and engine time it shows.
 *
 * <p>Threads: while it is the <em>front</em> buffer only the script worker reads it (the main thread may also read
 * it during a publish, when the worker is idle); while it is the <em>back</em> buffer only the main thread touches
 * it. {@link SnapshotBuffers} decides which is which. Not thread-safe on its own.
 */
public final class EntitySnapshot {
    private static final long MISSING = -1L;

    private final double[] records;
    private final Long2LongHashMap slotByHandle;
    private final int capacity;
    private long frame;
    private double timeSeconds;
    private int entityCount;

    EntitySnapshot(int capacity) {
        this.capacity = capacity;
        this.records = new double[capacity * EntityRecordDescriptor.STRIDE];
        this.slotByHandle = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
    }

    /** @return the number of slots */
    public int capacity() {
        return capacity;
    }

    /**
     * @param handle a script handle
     * @return its slot, or -1 when this snapshot does not hold the entity (never created, not yet visible, or
     *     destroyed)
     */
    public int slotOf(long handle) {
        return (int) slotByHandle.get(handle);
    }

    /** @return whether this snapshot holds the entity */
    public boolean contains(long handle) {
        return slotByHandle.containsKey(handle);
    }

    /**
     * Reads one field of one record.
     *
     * @param slot a slot from {@link #slotOf(long)}
     * @param field a field index from {@link EntityRecordDescriptor}
     * @return the value
     */
    public double get(int slot, int field) {
        return records[slot * EntityRecordDescriptor.STRIDE + field];
    }

    /** @return the main frame number this snapshot shows, 0 before the first publish */
    public long frame() {
        return frame;
    }

    /** @return engine time of that frame, seconds */
    public double timeSeconds() {
        return timeSeconds;
    }

    /** @return live entities in this snapshot */
    public int entityCount() {
        return entityCount;
    }

    void put(int slot, int field, double value) {
        records[slot * EntityRecordDescriptor.STRIDE + field] = value;
    }

    void header(long frame, double timeSeconds, int entityCount) {
        this.frame = frame;
        this.timeSeconds = timeSeconds;
        this.entityCount = entityCount;
    }

    void index(long handle, int slot) {
        slotByHandle.put(handle, slot);
    }

    void unindex(long handle) {
        slotByHandle.remove(handle);
    }

    /** Copies one slot's record from {@code source} and updates this buffer's handle index to match. */
    void copySlotFrom(EntitySnapshot source, int slot) {
        syncIndexFrom(source, slot);
        int base = slot * EntityRecordDescriptor.STRIDE;
        System.arraycopy(source.records, base, records, base, EntityRecordDescriptor.STRIDE);
    }

    /**
     * Updates this buffer's handle index for one slot to match {@code source}, before the record itself is copied
     * (it reads this buffer's old handle from the record). Idempotent.
     */
    void syncIndexFrom(EntitySnapshot source, int slot) {
        int base = slot * EntityRecordDescriptor.STRIDE;
        long oldHandle = (long) records[base + EntityRecordDescriptor.HANDLE];
        long newHandle = (long) source.records[base + EntityRecordDescriptor.HANDLE];
        if (oldHandle != newHandle) {
            if (oldHandle != 0 && slotByHandle.get(oldHandle) == slot) {
                slotByHandle.remove(oldHandle);
            }
            if (newHandle != 0) {
                slotByHandle.put(newHandle, slot);
            }
        }
    }

    /** Copies the records of slots {@code 0 .. slots - 1} from {@code source} in one bulk copy (indexes untouched). */
    void copyRecordsFrom(EntitySnapshot source, int slots) {
        System.arraycopy(source.records, 0, records, 0, slots * EntityRecordDescriptor.STRIDE);
    }

    void copyHeaderFrom(EntitySnapshot source) {
        header(source.frame, source.timeSeconds, source.entityCount);
    }
}
