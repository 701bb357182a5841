package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of {@link MessageTypeIds#CAMERA_CREATE}.
 *
 * <pre>
 *   0            8          12         16        24        32        40        48        56        64        72
 *   +------------+----------+----------+---------+---------+---------+---------+---------+---------+---------+
 *   | handle i64 | type id  | padding  | x f64   | y f64   | z f64   | yaw     | pitch   | roll    | fov     |
 *   +------------+----------+----------+---------+---------+---------+---------+---------+---------+---------+
 * </pre>
 *
 * <p>Position in world units; yaw, pitch, roll and fov in degrees. Not thread-safe: each thread wraps its own.
 */
public final class CreateCameraFlyweight {
    /** Offset of the handle. */
    public static final int HANDLE_OFFSET = 0;
    /** Offset of the camera type id. */
    public static final int TYPE_OFFSET = 8;
    /** Offset of the first of seven doubles: x, y, z, yaw, pitch, roll, fov. */
    public static final int DOUBLES_OFFSET = 16;
    /** Bytes in the body. */
    public static final int LENGTH = DOUBLES_OFFSET + 7 * Double.BYTES;

    private MutableDirectBuffer buffer;
    private int offset;

    /** @return this, pointed at a body */
    public CreateCameraFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the camera handle */
    public long handle() {
        return buffer.getLong(offset + HANDLE_OFFSET);
    }

    /** @return the camera type id */
    public int cameraType() {
        return buffer.getInt(offset + TYPE_OFFSET);
    }

    /**
     * @param index 0..6 for x, y, z, yaw, pitch, roll, fov
     * @return that double
     */
    public double value(int index) {
        return buffer.getDouble(offset + DOUBLES_OFFSET + index * Double.BYTES);
    }

    /**
     * Writes the whole body.
     *
     * @param values seven doubles: x, y, z (world units), yaw, pitch, roll, fov (degrees)
     * @return this
     */
    public CreateCameraFlyweight set(long handle, int cameraType, double[] values) {
        buffer.putLong(offset + HANDLE_OFFSET, handle);
        buffer.putInt(offset + TYPE_OFFSET, cameraType);
        for (int i = 0; i < 7; i++) {
            buffer.putDouble(offset + DOUBLES_OFFSET + i * Double.BYTES, values[i]);
        }
        return this;
    }
}
