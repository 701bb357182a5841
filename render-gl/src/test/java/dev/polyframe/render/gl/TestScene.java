package dev.polyframe.render.gl;

import com.artemis.World;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;

/**
 * Builds deterministic scenes directly as Artemis components (no scripts), for the image tests. Test thread only.
 * Positions in world units (pixels for the screen camera), angles in degrees, colours {@code 0xRRGGBBAA}.
 */
final class TestScene {
    private final World world;

    TestScene(World world) {
        this.world = world;
    }

    /** @return a new active camera entity of the type, placed and turned */
    int camera(CameraType type, double x, double y, double z, double yaw, double pitch) {
        int id = world.create();
        Transform t = world.edit(id).create(Transform.class);
        t.x = x;
        t.y = y;
        t.z = z;
        t.yaw = yaw;
        t.pitch = pitch;
        CameraComponent camera = world.edit(id).create(CameraComponent.class);
        camera.type = type;
        camera.active = true;
        return id;
    }

    /** @return a new world-camera mesh entity */
    int mesh(MeshType type, double x, double y, double z, double scale, int rgba) {
        return mesh(type, CameraType.WORLD, x, y, z, scale, rgba);
    }

    /** @return a new mesh entity drawn by the given camera */
    int mesh(MeshType type, CameraType camera, double x, double y, double z, double scale, int rgba) {
        int id = world.create();
        Transform t = world.edit(id).create(Transform.class);
        t.x = x;
        t.y = y;
        t.z = z;
        t.scale = scale;
        MeshRenderable renderable = world.edit(id).create(MeshRenderable.class);
        renderable.meshType = type;
        renderable.rgba = rgba;
        renderable.camera = camera;
        return id;
    }

    /** Turns an entity. */
    void turn(int id, double yaw, double pitch, double roll) {
        Transform t = world.getMapper(Transform.class).get(id);
        t.yaw = yaw;
        t.pitch = pitch;
        t.roll = roll;
    }

    /** @return a new debug primitive of the kind with the six coordinates x0..z1 */
    int debug(DebugPrimitive.Kind kind, double x0, double y0, double z0, double x1, double y1, double z1, int rgba) {
        int id = world.create();
        DebugPrimitive p = world.edit(id).create(DebugPrimitive.class);
        p.kind = kind;
        p.x0 = x0;
        p.y0 = y0;
        p.z0 = z0;
        p.x1 = x1;
        p.y1 = y1;
        p.z1 = z1;
        p.rgba = rgba;
        return id;
    }

    /** @return a new text primitive (screen: x, y pixels, z ignored; world: world units) */
    int text(DebugPrimitive.Kind kind, double x, double y, double z, double size, String text, int rgba) {
        int id = debug(kind, x, y, z, 0, 0, 0, rgba);
        DebugPrimitive p = world.getMapper(DebugPrimitive.class).get(id);
        p.size = size;
        p.text = text;
        return id;
    }
}
