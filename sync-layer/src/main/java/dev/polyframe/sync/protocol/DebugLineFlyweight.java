package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of {@link MessageTypeIds#DEBUG_LINE}, {@link MessageTypeIds#DEBUG_BOX} and {@link MessageTypeIds#DEBUG_SPHERE}:
 * a colour, a duration and six doubles whose meaning depends on the type.
 *
 * <pre>
 *   0        4          8          16   24   32   40   48   56   64
 *   +--------+----------+----------+----+----+----+----+----+----+
 *   | rgba   | padding  | duration | x0 | y0 | z0 | x1 | y1 | z1 |
 *   +--------+----------+----------+----+----+----+----+----+----+
 * </pre>
 *
 * <p>Line: {@code x0, y0, z0, x1, y1, z1}, the two end points. Box: {@code cx, cy, cz, sx, sy, sz}, the centre and
 * the full edge lengths along X, Y, Z (axis-aligned). Sphere: {@code cx, cy, cz, radius, 0, 0}. All in world units;
 * duration in seconds (0 = one script frame), colour packed {@code 0xRRGGBBAA}.
 * Not thread-safe: each thread wraps its own instance.
 */
public final class DebugLineFlyweight {
    /** Offset of the packed colour. */
    public static final int RGBA_OFFSET = 0;
    /** Offset of the duration. */
    public static final int DURATION_OFFSET = 8;
    /** Offset of the first of six doubles: x0, y0, z0, x1, y1, z1. */
    public static final int POINTS_OFFSET = 16;
    /** Bytes in the body. */
    public static final int LENGTH = POINTS_OFFSET + 6 * Double.BYTES;

    private MutableDirectBuffer buffer;
    private int offset;

    /** @return this, pointed at a body */
    public DebugLineFlyweight wrap(MutableDirectBuffer buffer, int offset) {
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

    /**
     * @param index 0..5 for x0, y0, z0, x1, y1, z1
     * @return that coordinate, world units
     */
    public double point(int index) {
        return buffer.getDouble(offset + POINTS_OFFSET + index * Double.BYTES);
    }

    /** @return this, with the colour and duration written */
    public DebugLineFlyweight set(int rgba, double durationSeconds) {
        buffer.putInt(offset + RGBA_OFFSET, rgba);
        buffer.putDouble(offset + DURATION_OFFSET, durationSeconds);
        return this;
    }

    /** @return this, with one coordinate written (index 0..5 for x0, y0, z0, x1, y1, z1) */
    public DebugLineFlyweight point(int index, double value) {
        buffer.putDouble(offset + POINTS_OFFSET + index * Double.BYTES, value);
        return this;
    }
}
