package dev.polyframe.ecs.component;

import com.artemis.Component;

/**
 * Placement of an entity or camera in the world.
 *
 * <p>Axes follow seed 000: X forward, Y left, Z up (right-handed). Owned by the main thread.
 */
public class Transform extends Component {
    /** Position, world units. */
    public double x;
    /** Position, world units. */
    public double y;
    /** Position, world units. */
    public double z;
    /** Rotation about +Z, degrees. */
    public double yaw;
    /** Rotation about +Y (after yaw), degrees. */
    public double pitch;
    /** Rotation about +X (after yaw and pitch), degrees. */
    public double roll;
    /** Uniform scale factor, greater than 0. */
    public double scale = 1.0;
}
