package dev.polyframe.sync.snapshot;

/**
 * Layout of one entity record in an {@link EntitySnapshot}: {@link #STRIDE} doubles per slot, contiguous.
 *
 * <pre>
 *   0        1   2   3   4     5      6     7      8      9      10 .. 11
 *   +--------+---+---+---+-----+------+-----+------+------+------+---------+
 *   | handle | x | y | z | yaw | pitch| roll| scale| rgba | flags| spare   |
 *   +--------+---+---+---+-----+------+-----+------+------+------+---------+
 * </pre>
 *
 * <p>Records are contiguous per slot rather than one column per field: a dirty-only publish then copies one
 * 96-byte run per changed entity, which RECIPES.md measured 5-6x faster than column-wise copies. Doubles keep every
 * value a script set exact (a handle is below 2^53, a packed colour fits an int). A handle of 0 marks a free slot.
 *
 * <p>Cameras use the same record with {@link #FLAG_CAMERA} set: position and orientation as for entities,
 * {@link #SCALE} holds the vertical field of view in degrees and {@link #RGBA} the camera type id. The two spare
 * doubles are room for game-defined columns.
 */
public final class EntityRecordDescriptor {
    /** Script handle, 0 for a free slot. */
    public static final int HANDLE = 0;
    /** Position x, world units. */
    public static final int X = 1;
    /** Position y, world units. */
    public static final int Y = 2;
    /** Position z, world units. */
    public static final int Z = 3;
    /** Yaw, degrees. */
    public static final int YAW = 4;
    /** Pitch, degrees. */
    public static final int PITCH = 5;
    /** Roll, degrees. */
    public static final int ROLL = 6;
    /** Uniform scale; for a camera, its vertical field of view in degrees. */
    public static final int SCALE = 7;
    /** Colour packed {@code 0xRRGGBBAA}, stored as the int's value; for a camera, its type id. */
    public static final int RGBA = 8;
    /** Flag bits, see {@link #FLAG_ACTIVE}. */
    public static final int FLAGS = 9;
    /** Doubles per record. */
    public static final int STRIDE = 12;
    /** Flag bit: the entity is active (drawn). */
    public static final int FLAG_ACTIVE = 1;
    /** Flag bit: the record is a camera, not an entity (not counted in the snapshot's entity count). */
    public static final int FLAG_CAMERA = 2;
    /** Flag bit of an entity (not a camera): drawn by the screen camera (pixels) rather than the world camera. */
    public static final int FLAG_SCREEN = 4;

    private EntityRecordDescriptor() {
    }
}
