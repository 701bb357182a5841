package dev.polyframe.ecs.component;

import com.artemis.Component;
import dev.polyframe.sync.protocol.CameraType;

/**
 * A camera; its placement is the entity's {@link Transform}. Owned by the main thread.
 *
 * <p>At most one world camera is active at a time; the renderer looks through the active one.
 */
public class CameraComponent extends Component {
    /** Projection kind. */
    public CameraType type = CameraType.WORLD;
    /** Vertical field of view for world cameras, degrees, in (0, 180). */
    public double fovDegrees = 60.0;
    /** Near clip distance, world units. */
    public double near = 0.1;
    /** Far clip distance, world units. */
    public double far = 1000.0;
    /** Whether this is the camera the renderer uses for its type. */
    public boolean active;
}
