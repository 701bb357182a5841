package dev.polyframe.script.tck;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.World;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.ScriptHandle;
import dev.polyframe.ecs.component.Transform;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A SHA-256 over every script-created entity and camera in a {@link World}, in handle order: handle, transform
 * (exact double bits), mesh type, colour and active flag, camera type, field of view and active flag. Two runs that
 * applied the same commands hash the same; any difference in any field changes the hash.
 *
 * <p>Main thread (the world's owner), after {@code Engine.run()} returned.
 */
public final class WorldHash {
    private WorldHash() {
    }

    /** @return the hash as 64 lowercase hex digits */
    public static String of(World world) {
        ComponentMapper<ScriptHandle> handles = world.getMapper(ScriptHandle.class);
        ComponentMapper<Transform> transforms = world.getMapper(Transform.class);
        ComponentMapper<MeshRenderable> meshes = world.getMapper(MeshRenderable.class);
        ComponentMapper<CameraComponent> cameras = world.getMapper(CameraComponent.class);
        IntBag ids = world.getAspectSubscriptionManager().get(Aspect.all(ScriptHandle.class)).getEntities();
        TreeMap<Long, Integer> byHandle = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byHandle.put(handles.get(ids.get(i)).handle, ids.get(i));
        }
        MessageDigest digest = sha256();
        ByteBuffer record = ByteBuffer.allocate(128);
        byHandle.forEach((handle, id) -> {
            record.clear().putLong(handle);
            Transform t = transforms.get(id);
            if (t != null) {
                record.putDouble(t.x).putDouble(t.y).putDouble(t.z).putDouble(t.yaw).putDouble(t.pitch)
                        .putDouble(t.roll).putDouble(t.scale);
            }
            MeshRenderable mesh = meshes.get(id);
            if (mesh != null) {
                record.put((byte) 'M').putInt(mesh.meshType.ordinal()).putInt(mesh.rgba)
                        .put((byte) (mesh.active ? 1 : 0)).putInt(mesh.camera.ordinal());
            }
            CameraComponent camera = cameras.get(id);
            if (camera != null) {
                record.put((byte) 'C').putInt(camera.type.ordinal()).putDouble(camera.fovDegrees)
                        .put((byte) (camera.active ? 1 : 0));
            }
            digest.update(record.flip());
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("WorldHash: the JDK has no SHA-256", e);
        }
    }
}
