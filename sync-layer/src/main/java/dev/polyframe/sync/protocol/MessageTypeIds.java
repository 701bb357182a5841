package dev.polyframe.sync.protocol;

/**
 * Every message type id carried on the command ring (script to engine) and the event ring (engine to script).
 *
 * <p>Agrona ring buffers require ids of at least 1 (RECIPES.md "Ring buffers"). Each id names the flyweight that
 * lays out its body.
 */
public final class MessageTypeIds {
    /** {@link CreateMeshFlyweight}: create an entity drawn as a shared mesh. */
    public static final int ENTITY_CREATE_MESH = 1;
    /** {@link HandleCommandFlyweight}: x, y, z = position, world units. */
    public static final int ENTITY_SET_POSITION = 2;
    /** {@link HandleCommandFlyweight}: x, y, z = yaw, pitch, roll, degrees. */
    public static final int ENTITY_SET_ORIENTATION = 3;
    /** {@link HandleCommandFlyweight}: x = uniform scale. */
    public static final int ENTITY_SET_SCALE = 4;
    /** {@link HandleCommandFlyweight}: value = colour packed {@code 0xRRGGBBAA}. */
    public static final int ENTITY_SET_COLOR = 5;
    /** {@link HandleCommandFlyweight}: value = 1 active, 0 inactive. */
    public static final int ENTITY_SET_ACTIVE = 6;
    /** {@link HandleCommandFlyweight}: destroy the entity. */
    public static final int ENTITY_DESTROY = 7;
    /** {@link BulkCommandFlyweight}, vector records: x, y, z = position, world units. */
    public static final int ENTITY_SET_POSITIONS = 8;
    /** {@link BulkCommandFlyweight}, vector records: x, y, z = yaw, pitch, roll, degrees. */
    public static final int ENTITY_SET_ORIENTATIONS = 9;
    /** {@link BulkCommandFlyweight}, colour records: colour packed {@code 0xRRGGBBAA}. */
    public static final int ENTITY_SET_COLORS = 15;
    /** {@link CreateCameraFlyweight}: create a camera. */
    public static final int CAMERA_CREATE = 10;
    /** {@link HandleCommandFlyweight}: x, y, z = position, world units. */
    public static final int CAMERA_SET_POSITION = 11;
    /** {@link HandleCommandFlyweight}: x, y, z = yaw, pitch, roll, degrees. */
    public static final int CAMERA_SET_ORIENTATION = 12;
    /** {@link HandleCommandFlyweight}: make the camera the active one of its type. */
    public static final int CAMERA_SET_ACTIVE = 13;
    /** {@link HandleCommandFlyweight}: destroy the camera. */
    public static final int CAMERA_DESTROY = 14;
    /** {@link DebugTextFlyweight}: screen-space debug text. */
    public static final int DEBUG_TEXT = 20;
    /** {@link DebugLineFlyweight}: world-space debug line. */
    public static final int DEBUG_LINE = 21;
    /** {@link HandleCommandFlyweight} (handle unused): remove every debug primitive. */
    public static final int DEBUG_CLEAR = 22;
    /** {@link DebugTextFlyweight}: text anchored at a world point, drawn in screen pixels. */
    public static final int DEBUG_WORLD_TEXT = 23;
    /** {@link DebugLineFlyweight}: axis-aligned wireframe box (centre, edge lengths). */
    public static final int DEBUG_BOX = 24;
    /** {@link DebugLineFlyweight}: wireframe sphere (centre, radius). */
    public static final int DEBUG_SPHERE = 25;
    /** {@link HandleCommandFlyweight} (handle unused): stop the engine after this frame. */
    public static final int ENGINE_QUIT = 30;
    /**
     * {@link HandleCommandFlyweight} (handle unused): every command of one script frame is before this marker, so
     * the engine knows when a script frame's output is complete (one-frame debug primitives live until then).
     */
    public static final int SCRIPT_FRAME_END = 31;

    /** {@link CommandFailedFlyweight}: a command was rejected on the main thread. */
    public static final int EVENT_COMMAND_FAILED = 100;

    private MessageTypeIds() {
    }

    /** @return whether the id is a bulk command ({@link BulkCommandFlyweight}) */
    public static boolean isBulk(int typeId) {
        return typeId == ENTITY_SET_POSITIONS || typeId == ENTITY_SET_ORIENTATIONS || typeId == ENTITY_SET_COLORS;
    }

    /** @return a readable name for a command or event type id, for error messages */
    public static String name(int typeId) {
        return switch (typeId) {
            case ENTITY_CREATE_MESH -> "entity.createMesh";
            case ENTITY_SET_POSITION -> "entity.setPosition";
            case ENTITY_SET_ORIENTATION -> "entity.setOrientation";
            case ENTITY_SET_SCALE -> "entity.setScale";
            case ENTITY_SET_COLOR -> "entity.setColor";
            case ENTITY_SET_ACTIVE -> "entity.setActive";
            case ENTITY_DESTROY -> "entity.destroy";
            case ENTITY_SET_POSITIONS -> "entity.setPositions";
            case ENTITY_SET_ORIENTATIONS -> "entity.setOrientations";
            case ENTITY_SET_COLORS -> "entity.setColors";
            case CAMERA_CREATE -> "camera.create";
            case CAMERA_SET_POSITION -> "camera.setPosition";
            case CAMERA_SET_ORIENTATION -> "camera.setOrientation";
            case CAMERA_SET_ACTIVE -> "camera.setActive";
            case CAMERA_DESTROY -> "camera.destroy";
            case DEBUG_TEXT -> "debug.text";
            case DEBUG_LINE -> "debug.line";
            case DEBUG_CLEAR -> "debug.clear";
            case DEBUG_WORLD_TEXT -> "debug.worldText";
            case DEBUG_BOX -> "debug.box";
            case DEBUG_SPHERE -> "debug.sphere";
            case ENGINE_QUIT -> "engine.quit";
            case SCRIPT_FRAME_END -> "scriptFrameEnd";
            case EVENT_COMMAND_FAILED -> "event.commandFailed";
            default -> "unknown(" + typeId + ")";
        };
    }
}
