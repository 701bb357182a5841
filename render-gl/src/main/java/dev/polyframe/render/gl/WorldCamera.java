package dev.polyframe.render.gl;

import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.Transform;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * The world (perspective) camera's view and projection matrices. Main thread only; reuses its matrices, so
 * {@link #update} allocates nothing.
 *
 * <p>World axes: X forward, Y left, Z up (right-handed). A camera at yaw 0, pitch 0, roll 0 looks along +X with
 * +Z up. Orientation is applied like a {@link Transform}: yaw about +Z (positive turns left, towards +Y), then
 * pitch about the turned +Y (<b>positive pitch looks down</b>, towards -Z, as the right-hand rule gives), then
 * roll about the resulting forward axis. All angles in degrees.
 *
 * <p>With no active world camera the renderer uses {@link #useDefault}: eye at {@code (-10, 0, 6)} looking at the
 * origin with +Z up, 60 degree vertical field of view, near 0.1, far 1000.
 */
final class WorldCamera {
    /** Default eye position when no world camera is active, world units. */
    static final float DEFAULT_EYE_X = -10.0f;
    /** See {@link #DEFAULT_EYE_X}. */
    static final float DEFAULT_EYE_Y = 0.0f;
    /** See {@link #DEFAULT_EYE_X}. */
    static final float DEFAULT_EYE_Z = 6.0f;
    private static final float DEFAULT_FOV_DEGREES = 60.0f;
    private static final float DEFAULT_NEAR = 0.1f;
    private static final float DEFAULT_FAR = 1000.0f;

    private final Matrix4f view = new Matrix4f();
    private final Matrix4f projection = new Matrix4f();
    private final Matrix4f viewProjection = new Matrix4f();
    private final Matrix4f orientation = new Matrix4f();
    private final Vector3f forward = new Vector3f();
    private final Vector3f up = new Vector3f();

    /**
     * Looks through a camera entity.
     *
     * @param transform the camera's placement (position in world units, angles in degrees; scale ignored)
     * @param camera field of view (degrees, vertical) and clip distances (world units)
     * @param aspect framebuffer width / height
     */
    void update(Transform transform, CameraComponent camera, float aspect) {
        orientation.rotationZ((float) Math.toRadians(transform.yaw))
                .rotateY((float) Math.toRadians(transform.pitch))
                .rotateX((float) Math.toRadians(transform.roll));
        orientation.transformDirection(forward.set(1, 0, 0));
        orientation.transformDirection(up.set(0, 0, 1));
        float x = (float) transform.x;
        float y = (float) transform.y;
        float z = (float) transform.z;
        view.setLookAt(x, y, z, x + forward.x, y + forward.y, z + forward.z, up.x, up.y, up.z);
        projection.setPerspective((float) Math.toRadians(camera.fovDegrees), aspect, (float) camera.near,
                (float) camera.far);
        projection.mul(view, viewProjection);
    }

    /**
     * Looks from {@code (-10, 0, 6)} at the origin.
     *
     * @param aspect framebuffer width / height
     */
    void useDefault(float aspect) {
        view.setLookAt(DEFAULT_EYE_X, DEFAULT_EYE_Y, DEFAULT_EYE_Z, 0, 0, 0, 0, 0, 1);
        projection.setPerspective((float) Math.toRadians(DEFAULT_FOV_DEGREES), aspect, DEFAULT_NEAR, DEFAULT_FAR);
        projection.mul(view, viewProjection);
    }

    /** @return projection x view, world space to clip space; valid after an update, owned by this camera */
    Matrix4f viewProjection() {
        return viewProjection;
    }
}
