package dev.polyframe.sync.protocol;

/**
 * The shared mesh types an entity can render as; each has one shared mesh in the renderer.
 *
 * <p>Immutable and thread-safe. The {@link #id()} is the value carried in command messages.
 */
public enum MeshType {
    /** Unit cube, edge length 1 world unit, centred on the origin. */
    CUBE("cube"),
    /** Unit-diameter UV sphere centred on the origin. */
    SPHERE("sphere"),
    /** Line grid on the XY plane (Z up), 1 world unit per cell, 20 x 20 cells at scale 1. */
    GRID("grid"),
    /** Unit square on the XY plane (Z up), facing +Z. */
    PLANE("plane");

    private static final MeshType[] BY_ID = values();

    private final String scriptName;

    MeshType(String scriptName) {
        this.scriptName = scriptName;
    }

    /** The name scripts use, for example {@code "cube"}. */
    public String scriptName() {
        return scriptName;
    }

    /** The wire id carried in commands: the ordinal. */
    public int id() {
        return ordinal();
    }

    /**
     * Looks a mesh type up by wire id.
     *
     * @return the type, or {@code null} when {@code id} is not a known id
     */
    public static MeshType fromId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * Looks a mesh type up by its script name.
     *
     * @return the type, or {@code null} when the name is unknown
     */
    public static MeshType fromScriptName(String name) {
        for (MeshType type : BY_ID) {
            if (type.scriptName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
