package dev.polyframe.sync.protocol;

/**
 * Projection of a camera. Immutable and thread-safe; {@link #id()} is the wire value in commands.
 */
public enum CameraType {
    /** Perspective projection in world units, field of view in degrees. */
    WORLD("world"),
    /** Orthographic projection in pixels, origin at the top-left corner of the window. */
    SCREEN("screen");

    private static final CameraType[] BY_ID = values();

    private final String scriptName;

    CameraType(String scriptName) {
        this.scriptName = scriptName;
    }

    /** The name scripts use, {@code "world"} or {@code "screen"}. */
    public String scriptName() {
        return scriptName;
    }

    /** The wire id carried in commands: the ordinal. */
    public int id() {
        return ordinal();
    }

    /** @return the type for a wire id, or {@code null} when unknown */
    public static CameraType fromId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** @return the type for a script name, or {@code null} when unknown */
    public static CameraType fromScriptName(String name) {
        for (CameraType type : BY_ID) {
            if (type.scriptName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
