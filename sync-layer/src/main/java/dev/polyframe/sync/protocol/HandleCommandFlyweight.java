package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of every command that targets one handle with at most one int and three doubles.
 *
 * <pre>
 *   0                   8          12         16
 *   +-------------------+----------+----------+-------------------+-------------------+-------------------+
 *   | handle (int64)    | value    | padding  | x (float64)       | y (float64)       | z (float64)       |
 *   +-------------------+----------+----------+-------------------+-------------------+-------------------+
 *                                             16                  24                  32                  40
 * </pre>
 *
 * <p>Which fields mean what depends on the message type id (see {@link MessageTypeIds}). A flyweight is not
 * thread-safe: each thread wraps its own instance. Little-endian, as Agrona's buffers default to.
 */
public final class HandleCommandFlyweight {
    /** Offset of the handle. */
    public static final int HANDLE_OFFSET = 0;
    /** Offset of the int value. */
    public static final int VALUE_OFFSET = 8;
    /** Offset of x. */
    public static final int X_OFFSET = 16;
    /** Offset of y. */
    public static final int Y_OFFSET = 24;
    /** Offset of z. */
    public static final int Z_OFFSET = 32;
    /** Bytes in the body. */
    public static final int LENGTH = 40;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a body.
     *
     * @return this
     */
    public HandleCommandFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the target handle */
    public long handle() {
        return buffer.getLong(offset + HANDLE_OFFSET);
    }

    /** @return this */
    public HandleCommandFlyweight handle(long handle) {
        buffer.putLong(offset + HANDLE_OFFSET, handle);
        return this;
    }

    /** @return the int value */
    public int value() {
        return buffer.getInt(offset + VALUE_OFFSET);
    }

    /** @return this */
    public HandleCommandFlyweight value(int value) {
        buffer.putInt(offset + VALUE_OFFSET, value);
        return this;
    }

    /** @return x */
    public double x() {
        return buffer.getDouble(offset + X_OFFSET);
    }

    /** @return y */
    public double y() {
        return buffer.getDouble(offset + Y_OFFSET);
    }

    /** @return z */
    public double z() {
        return buffer.getDouble(offset + Z_OFFSET);
    }

    /**
     * Writes the three doubles.
     *
     * @return this
     */
    public HandleCommandFlyweight xyz(double x, double y, double z) {
        buffer.putDouble(offset + X_OFFSET, x);
        buffer.putDouble(offset + Y_OFFSET, y);
        buffer.putDouble(offset + Z_OFFSET, z);
        return this;
    }
}
