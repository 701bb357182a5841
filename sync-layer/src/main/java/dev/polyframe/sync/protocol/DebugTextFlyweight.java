package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of {@link MessageTypeIds#DEBUG_TEXT} (screen text) and {@link MessageTypeIds#DEBUG_WORLD_TEXT} (world text).
 *
 * <pre>
 *   0        4          8          16         24     32     40     48               52
 *   +--------+----------+----------+----------+------+------+------+----------------+---------------+
 *   | rgba   | padding  | duration | size     | x    | y    | z    | length (int32) | UTF-8 bytes   |
 *   +--------+----------+----------+----------+------+------+------+----------------+---------------+
 * </pre>
 *
 * <p>Screen text: x and y in pixels from the top-left corner, z unused (0). World text: x, y, z in world units (the
 * anchor of the text's top-left corner). Size in pixels, duration in seconds (0 = one script frame). The text is
 * Agrona's length-prefixed UTF-8. Not thread-safe: each thread wraps its own instance.
 */
public final class DebugTextFlyweight {
    /** Offset of the packed colour. */
    public static final int RGBA_OFFSET = 0;
    /** Offset of the duration. */
    public static final int DURATION_OFFSET = 8;
    /** Offset of the size. */
    public static final int SIZE_OFFSET = 16;
    /** Offset of x. */
    public static final int X_OFFSET = 24;
    /** Offset of y. */
    public static final int Y_OFFSET = 32;
    /** Offset of z (world text only). */
    public static final int Z_OFFSET = 40;
    /** Offset of the length-prefixed text. */
    public static final int TEXT_OFFSET = 48;

    private MutableDirectBuffer buffer;
    private int offset;

    /** @return bytes needed for a body whose text encodes to {@code utf8Length} bytes */
    public static int length(int utf8Length) {
        return TEXT_OFFSET + Integer.BYTES + utf8Length;
    }

    /** @return this, pointed at a body */
    public DebugTextFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the packed colour */
    public int rgba() {
        return buffer.getInt(offset + RGBA_OFFSET);
    }

    /** @return the duration, seconds */
    public double duration() {
        return buffer.getDouble(offset + DURATION_OFFSET);
    }

    /** @return the text height, pixels */
    public double size() {
        return buffer.getDouble(offset + SIZE_OFFSET);
    }

    /** @return x, pixels from the left */
    public double x() {
        return buffer.getDouble(offset + X_OFFSET);
    }

    /** @return y, pixels from the top */
    public double y() {
        return buffer.getDouble(offset + Y_OFFSET);
    }

    /** @return z, world units (world text; 0 for screen text) */
    public double z() {
        return buffer.getDouble(offset + Z_OFFSET);
    }

    /** @return the text, decoded (allocates a {@code String}) */
    public String text() {
        return buffer.getStringUtf8(offset + TEXT_OFFSET);
    }

    /**
     * Writes the whole body; the caller claimed {@link #length(int)} bytes for {@code utf8}.
     *
     * @param z world units for world text, 0 for screen text
     * @return this
     */
    public DebugTextFlyweight set(int rgba, double durationSeconds, double size, double x, double y, double z,
            byte[] utf8) {
        buffer.putInt(offset + RGBA_OFFSET, rgba);
        buffer.putDouble(offset + DURATION_OFFSET, durationSeconds);
        buffer.putDouble(offset + SIZE_OFFSET, size);
        buffer.putDouble(offset + X_OFFSET, x);
        buffer.putDouble(offset + Y_OFFSET, y);
        buffer.putDouble(offset + Z_OFFSET, z);
        buffer.putInt(offset + TEXT_OFFSET, utf8.length);
        buffer.putBytes(offset + TEXT_OFFSET + Integer.BYTES, utf8);
        return this;
    }
}
