package dev.polyframe.ecs.system;

import com.artemis.BaseSystem;
import com.artemis.ComponentMapper;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.ScriptHandle;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.SnapshotBuffers;

/**
 * Writes the entities and cameras changed this frame into the back snapshot; their slots join the dirty set
 * (ARCHITECTURE.md §3, step 5). Runs after every system that changes script-visible components.
 *
 * <p>Main thread only. O(changed entities), no allocation.
 */
public final class SnapshotWriteSystem extends BaseSystem {
    private final SnapshotBuffers snapshot;
    private final ChangeSet changes;

    private ComponentMapper<Transform> mTransform;
    private ComponentMapper<MeshRenderable> mMesh;
    private ComponentMapper<CameraComponent> mCamera;
    private ComponentMapper<ScriptHandle> mHandle;

    /**
     * @param snapshot the snapshot whose back buffer receives the records
     * @param changes the entities to write; cleared after writing
     */
    public SnapshotWriteSystem(SnapshotBuffers snapshot, ChangeSet changes) {
        this.snapshot = snapshot;
        this.changes = changes;
    }

    @Override
    protected void processSystem() {
        IntBag ids = changes.ids();
        int[] data = ids.getData();
        for (int i = 0, n = ids.size(); i < n; i++) {
            int entityId = data[i];
            ScriptHandle handle = mHandle.get(entityId);
            if (handle == null || handle.slot < 0) {
                continue;
            }
            int slot = handle.slot;
            Transform t = mTransform.get(entityId);
            snapshot.write(slot, EntityRecordDescriptor.X, t.x);
            snapshot.write(slot, EntityRecordDescriptor.Y, t.y);
            snapshot.write(slot, EntityRecordDescriptor.Z, t.z);
            snapshot.write(slot, EntityRecordDescriptor.YAW, t.yaw);
            snapshot.write(slot, EntityRecordDescriptor.PITCH, t.pitch);
            snapshot.write(slot, EntityRecordDescriptor.ROLL, t.roll);
            MeshRenderable mesh = mMesh.get(entityId);
            if (mesh != null) {
                snapshot.write(slot, EntityRecordDescriptor.SCALE, t.scale);
                snapshot.write(slot, EntityRecordDescriptor.RGBA, mesh.rgba);
                snapshot.write(slot, EntityRecordDescriptor.FLAGS,
                        (mesh.active ? EntityRecordDescriptor.FLAG_ACTIVE : 0)
                        | (mesh.camera == CameraType.SCREEN ? EntityRecordDescriptor.FLAG_SCREEN : 0));
            } else {
                CameraComponent camera = mCamera.get(entityId);
                snapshot.write(slot, EntityRecordDescriptor.SCALE, camera.fovDegrees);
                snapshot.write(slot, EntityRecordDescriptor.RGBA, camera.type.id());
                snapshot.write(slot, EntityRecordDescriptor.FLAGS, EntityRecordDescriptor.FLAG_CAMERA
                        | (camera.active ? EntityRecordDescriptor.FLAG_ACTIVE : 0));
            }
        }
        changes.clear();
    }
}
