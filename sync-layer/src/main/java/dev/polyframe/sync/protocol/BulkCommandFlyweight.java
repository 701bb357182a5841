package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of a bulk command: one message carries {@code count} records, each one entity update, so a script moving
 * thousands of entities in one call costs a few ring messages instead of thousands. The main thread applies the
 * records in order, exactly as the same single commands in the same order.
 *
 * <pre>
 *   0          4          8
 *   +----------+----------+------------------------------+------------------------------+-----
 *   | count    | padding  | record 0 (recordLength)      | record 1                     | ...
 *   +----------+----------+------------------------------+------------------------------+-----
 *
 *   vector record (positions, orientations), {@value #VECTOR_RECORD} bytes:
 *   0                   8                   16                  24                  32
 *   | handle (int64)    | x (float64)       | y (float64)       | z (float64)       |
 *
 *   colour record, {@value #COLOR_RECORD} bytes:
 *   0                   8          12         16
 *   | handle (int64)    | rgba     | padding  |
 * </pre>
 *
 * <p>Which record layout a message uses follows from its type id ({@link #recordLength(int)}). A flyweight is not
 * thread-safe: each thread wraps its own instance. Little-endian, as Agrona's buffers default to.
 */
public final class BulkCommandFlyweight {
    /** Offset of the record count. */
    public static final int COUNT_OFFSET = 0;
    /** Bytes before the first record. */
    public static final int HEADER_LENGTH = 8;
    /** Bytes in a vector record: handle and three doubles. */
    public static final int VECTOR_RECORD = 32;
    /** Bytes in a colour record: handle and a packed {@code 0xRRGGBBAA}. */
    public static final int COLOR_RECORD = 16;

    private MutableDirectBuffer buffer;
    private int offset;
    private int recordLength;

    /**
     * @param typeId a bulk message type id ({@link MessageTypeIds#isBulk(int)})
     * @return bytes per record of that type
     * @throws IllegalArgumentException for a type id that is not a bulk command
     */
    public static int recordLength(int typeId) {
        return switch (typeId) {
            case MessageTypeIds.ENTITY_SET_POSITIONS, MessageTypeIds.ENTITY_SET_ORIENTATIONS -> VECTOR_RECORD;
            case MessageTypeIds.ENTITY_SET_COLORS -> COLOR_RECORD;
            default -> throw new IllegalArgumentException("BulkCommandFlyweight.recordLength: typeId=" + typeId
                    + " is not a bulk command");
        };
    }

    /**
     * @param maxMessageLength the ring's largest message body, bytes
     * @param recordLength bytes per record
     * @return how many records fit in one message
     */
    public static int maxRecords(int maxMessageLength, int recordLength) {
        return (maxMessageLength - HEADER_LENGTH) / recordLength;
    }

    /** @return the body length of a message of {@code count} records, bytes */
    public static int length(int count, int recordLength) {
        return HEADER_LENGTH + count * recordLength;
    }

    /**
     * Points this flyweight at a body.
     *
     * @param typeId the message's type id, which fixes the record layout
     * @return this
     * @throws IllegalArgumentException for a type id that is not a bulk command
     */
    public BulkCommandFlyweight wrap(MutableDirectBuffer buffer, int offset, int typeId) {
        this.buffer = buffer;
        this.offset = offset;
        this.recordLength = recordLength(typeId);
        return this;
    }

    /** @return how many records the message holds */
    public int count() {
        return buffer.getInt(offset + COUNT_OFFSET);
    }

    /** @return this */
    public BulkCommandFlyweight count(int count) {
        buffer.putInt(offset + COUNT_OFFSET, count);
        return this;
    }

    /** @return the handle of record {@code i} */
    public long handle(int i) {
        return buffer.getLong(record(i));
    }

    /** @return component {@code c} (0..2) of vector record {@code i} */
    public double value(int i, int c) {
        return buffer.getDouble(record(i) + 8 + c * 8);
    }

    /** @return the packed colour of colour record {@code i} */
    public int rgba(int i) {
        return buffer.getInt(record(i) + 8);
    }

    /**
     * Writes vector record {@code i}.
     *
     * @return this
     */
    public BulkCommandFlyweight vector(int i, long handle, double x, double y, double z) {
        int at = record(i);
        buffer.putLong(at, handle);
        buffer.putDouble(at + 8, x);
        buffer.putDouble(at + 16, y);
        buffer.putDouble(at + 24, z);
        return this;
    }

    /**
     * Writes colour record {@code i}.
     *
     * @return this
     */
    public BulkCommandFlyweight color(int i, long handle, int rgba) {
        int at = record(i);
        buffer.putLong(at, handle);
        buffer.putInt(at + 8, rgba);
        buffer.putInt(at + 12, 0);
        return this;
    }

    private int record(int i) {
        return offset + HEADER_LENGTH + i * recordLength;
    }
}
