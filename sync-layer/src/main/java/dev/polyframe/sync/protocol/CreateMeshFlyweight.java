package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of {@link MessageTypeIds#ENTITY_CREATE_MESH}.
 *
 * <pre>
 *   0            8         12        16        20        24      32      40      48     56      64      72      80
 *   +------------+---------+---------+---------+---------+-------+-------+-------+------+-------+-------+-------+
 *   | handle i64 | mesh id | rgba    | flags   | camera  | x f64 | y f64 | z f64 | yaw  | pitch | roll  | scale |
 *   +------------+---------+---------+---------+---------+-------+-------+-------+------+-------+-------+-------+
 * </pre>
 *
 * <p>Position in world units, orientation in degrees, colour packed {@code 0xRRGGBBAA}, flags bit 0 = active,
 * camera = {@link CameraType#id()}. Not thread-safe: each thread wraps its own instance.
 */
public final class CreateMeshFlyweight {
    /** Offset of the handle. */
    public static final int HANDLE_OFFSET = 0;
    /** Offset of the mesh type id. */
    public static final int MESH_OFFSET = 8;
    /** Offset of the packed colour. */
    public static final int RGBA_OFFSET = 12;
    /** Offset of the flags. */
    public static final int FLAGS_OFFSET = 16;
    /** Offset of the camera type id. */
    public static final int CAMERA_OFFSET = 20;
    /** Offset of the first of seven doubles: x, y, z, yaw, pitch, roll, scale. */
    public static final int DOUBLES_OFFSET = 24;
    /** Bytes in the body. */
    public static final int LENGTH = DOUBLES_OFFSET + 7 * Double.BYTES;
    /** Flag bit: the entity starts active. */
    public static final int FLAG_ACTIVE = 1;

    private MutableDirectBuffer buffer;
    private int offset;

    /** @return this, pointed at a body */
    public CreateMeshFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the new entity's handle */
    public long handle() {
        return buffer.getLong(offset + HANDLE_OFFSET);
    }

    /** @return the mesh type id */
    public int meshType() {
        return buffer.getInt(offset + MESH_OFFSET);
    }

    /** @return the packed colour */
    public int rgba() {
        return buffer.getInt(offset + RGBA_OFFSET);
    }

    /** @return the flags */
    public int flags() {
        return buffer.getInt(offset + FLAGS_OFFSET);
    }

    /** @return the camera type id */
    public int cameraType() {
        return buffer.getInt(offset + CAMERA_OFFSET);
    }

    /**
     * @param index 0..6 for x, y, z, yaw, pitch, roll, scale
     * @return that double
     */
    public double value(int index) {
        return buffer.getDouble(offset + DOUBLES_OFFSET + index * Double.BYTES);
    }

    /**
     * Writes the whole body.
     *
     * @param transform seven doubles: x, y, z (world units), yaw, pitch, roll (degrees), scale
     * @return this
     */
    public CreateMeshFlyweight set(long handle, int meshType, int rgba, int flags, int cameraType, double[] transform) {
        buffer.putLong(offset + HANDLE_OFFSET, handle);
        buffer.putInt(offset + MESH_OFFSET, meshType);
        buffer.putInt(offset + RGBA_OFFSET, rgba);
        buffer.putInt(offset + FLAGS_OFFSET, flags);
        buffer.putInt(offset + CAMERA_OFFSET, cameraType);
        for (int i = 0; i < 7; i++) {
            buffer.putDouble(offset + DOUBLES_OFFSET + i * Double.BYTES, transform[i]);
        }
        return this;
    }
}
