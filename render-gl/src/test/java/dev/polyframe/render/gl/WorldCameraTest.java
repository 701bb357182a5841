package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.Transform;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

/** The camera convention (X forward, Y left, Z up; positive pitch looks down), checked without a GL context. */
class WorldCameraTest {
    private final WorldCamera camera = new WorldCamera();
    private final CameraComponent lens = new CameraComponent();

    @Test
    void shouldLookAlongPlusXAtYawAndPitchZero() {
        camera.update(transform(0, 0, 0, 0, 0), lens, 1.0f);
        Vector4f ahead = project(5, 0, 0);
        assertEquals(0, ahead.x, 1e-5);
        assertEquals(0, ahead.y, 1e-5);
        assertTrue(ahead.z > -1 && ahead.z < 1, "inside the depth range");
        assertTrue(project(5, 0, 1).y > 0, "+Z is up on screen");
        assertTrue(project(5, 1, 0).x < 0, "+Y is left on screen");
    }

    @Test
    void shouldLookDownWhenPitchIsPositive() {
        camera.update(transform(0, 0, 10, 0, 30), lens, 1.0f);
        Vector4f target = project(10 * Math.cos(Math.toRadians(30)) / Math.sin(Math.toRadians(30)), 0, 0);
        assertEquals(0, target.x, 1e-4);
        assertEquals(0, target.y, 1e-4);
    }

    @Test
    void shouldTurnTowardsPlusYWhenYawIsPositive() {
        camera.update(transform(0, 0, 0, 90, 0), lens, 1.0f);
        Vector4f left = project(0, 5, 0);
        assertEquals(0, left.x, 1e-5);
        assertEquals(0, left.y, 1e-5);
    }

    @Test
    void shouldLookAtTheOriginWithTheDefaultCamera() {
        camera.useDefault(4f / 3f);
        Vector4f origin = project(0, 0, 0);
        assertEquals(0, origin.x, 1e-5);
        assertEquals(0, origin.y, 1e-5);
    }

    private Vector4f project(double x, double y, double z) {
        Vector4f clip = camera.viewProjection().transform(new Vector4f((float) x, (float) y, (float) z, 1));
        assertTrue(clip.w > 0, "in front of the camera");
        return clip.div(clip.w);
    }

    private static Transform transform(double x, double y, double z, double yaw, double pitch) {
        Transform t = new Transform();
        t.x = x;
        t.y = y;
        t.z = z;
        t.yaw = yaw;
        t.pitch = pitch;
        return t;
    }
}
