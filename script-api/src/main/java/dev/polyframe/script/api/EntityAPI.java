package dev.polyframe.script.api;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.CreateMeshFlyweight;
import dev.polyframe.sync.protocol.MeshType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.EntitySnapshot;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Entities for scripts, language-neutral: validates what only the API can see (live handles), encodes commands
 * into the command ring, reads the front snapshot and settles {@code ready} results (seed 000 EntityAPI).
 *
 * <p>Script worker thread only. Writes take effect on the main thread later; reads see the last published main
 * frame, never this script frame's own writes.
 *
 * <p>Axes: X forward, Y left, Z up (seed 000); positions in world units, orientations {@code [yaw, pitch, roll]} in
 * degrees, colours packed {@code 0xRRGGBBAA}.
 */
public final class EntityAPI {
    private final CommandEncoder commands;
    private final HandleRegistry handles;
    private final SnapshotBuffers snapshot;
    private final List<PendingReady> pendingReady = new ArrayList<>();
    private final Long2ObjectHashMap<String> createFailures = new Long2ObjectHashMap<>();

    private record PendingReady(long handle, Deferred result) {
    }

    EntityAPI(CommandEncoder commands, HandleRegistry handles, SnapshotBuffers snapshot) {
        this.commands = commands;
        this.handles = handles;
        this.snapshot = snapshot;
    }

    /**
     * Creates an entity drawn as a shared mesh; visible in the snapshot after the main thread applies it.
     *
     * @param transform seven doubles: x, y, z (world units), yaw, pitch, roll (degrees), scale (&gt; 0)
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @return the new handle, usable at once
     * @throws dev.polyframe.script.binding.ScriptApiException of kind QUEUE_FULL when the command ring is full
     */
    public long createMesh(MeshType meshType, double[] transform, int rgba, boolean active, CameraType camera) {
        int index = commands.claim("entity.createMesh", MessageTypeIds.ENTITY_CREATE_MESH, CreateMeshFlyweight.LENGTH);
        boolean written = false;
        try {
            long handle = handles.newEntity();
            commands.createMesh(index).set(handle, meshType.id(), rgba, active ? CreateMeshFlyweight.FLAG_ACTIVE : 0,
                    camera.id(), transform);
            written = true;
            return handle;
        } finally {
            commands.finish(index, written);
        }
    }

    /** Moves an entity; position in world units. */
    public void setPosition(long handle, double x, double y, double z) {
        update("entity.setPosition", MessageTypeIds.ENTITY_SET_POSITION, handle, 0, x, y, z);
    }

    /** Turns an entity; yaw, pitch, roll in degrees. */
    public void setOrientation(long handle, double yaw, double pitch, double roll) {
        update("entity.setOrientation", MessageTypeIds.ENTITY_SET_ORIENTATION, handle, 0, yaw, pitch, roll);
    }

    /** Scales an entity uniformly; {@code scale} &gt; 0, checked by the script interface. */
    public void setScale(long handle, double scale) {
        update("entity.setScale", MessageTypeIds.ENTITY_SET_SCALE, handle, 0, scale, 0, 0);
    }

    /** Recolours an entity; colour packed {@code 0xRRGGBBAA}. */
    public void setColor(long handle, int rgba) {
        update("entity.setColor", MessageTypeIds.ENTITY_SET_COLOR, handle, rgba, 0, 0, 0);
    }

    /** Shows (active) or hides an entity. */
    public void setActive(long handle, boolean active) {
        update("entity.setActive", MessageTypeIds.ENTITY_SET_ACTIVE, handle, active ? 1 : 0, 0, 0, 0);
    }

    /**
     * Destroys an entity. The handle is stale from now on; pending {@code ready} results for it are rejected at
     * the start of the next script frame.
     */
    public void destroy(long handle) {
        update("entity.destroy", MessageTypeIds.ENTITY_DESTROY, handle, 0, 0, 0, 0);
        handles.releaseEntity(handle);
    }

    /**
     * Moves many entities with as few ring messages as possible, applied in order with single calls.
     *
     * @param handles entity handles
     * @param xyz {@code [x0, y0, z0, x1, ...]}, world units, three finite numbers per handle (checked by the script
     *     interface)
     * @throws dev.polyframe.script.binding.ScriptApiException of kind HANDLE naming the first handle that is not
     *     live, or QUEUE_FULL; nothing is enqueued then
     */
    public void setPositions(long[] handles, double[] xyz) {
        bulk("entity.setPositions", MessageTypeIds.ENTITY_SET_POSITIONS, handles, xyz, null);
    }

    /**
     * Turns many entities, as {@link #setPositions}.
     *
     * @param ypr {@code [yaw0, pitch0, roll0, yaw1, ...]}, degrees, three per handle
     */
    public void setOrientations(long[] handles, double[] ypr) {
        bulk("entity.setOrientations", MessageTypeIds.ENTITY_SET_ORIENTATIONS, handles, ypr, null);
    }

    /**
     * Recolours many entities, as {@link #setPositions}.
     *
     * @param rgba one colour packed {@code 0xRRGGBBAA} per handle
     */
    public void setColors(long[] handles, int[] rgba) {
        bulk("entity.setColors", MessageTypeIds.ENTITY_SET_COLORS, handles, null, rgba);
    }

    private void bulk(String method, int typeId, long[] ids, double[] values, int[] rgba) {
        for (int i = 0; i < ids.length; i++) {
            handles.requireEntity(method, i, ids[i]);
        }
        if (ids.length > 0) {
            commands.bulk(method, typeId, ids, values, rgba);
        }
    }

    /**
     * Reads many positions from the front snapshot, as {@link #position} does one.
     *
     * @return {@code [x0, y0, z0, x1, ...]}, world units; NaN triples for entities not visible in the snapshot yet
     * @throws dev.polyframe.script.binding.ScriptApiException of kind HANDLE naming the first handle that is not
     *     live
     */
    public double[] positions(long[] ids) {
        for (int i = 0; i < ids.length; i++) {
            handles.requireEntity("entity.getPositions", i, ids[i]);
        }
        EntitySnapshot front = snapshot.front();
        double[] out = new double[ids.length * 3];
        for (int i = 0; i < ids.length; i++) {
            int slot = front.slotOf(ids[i]);
            if (slot < 0) {
                out[3 * i] = Double.NaN;
                out[3 * i + 1] = Double.NaN;
                out[3 * i + 2] = Double.NaN;
            } else {
                out[3 * i] = front.get(slot, EntityRecordDescriptor.X);
                out[3 * i + 1] = front.get(slot, EntityRecordDescriptor.Y);
                out[3 * i + 2] = front.get(slot, EntityRecordDescriptor.Z);
            }
        }
        return out;
    }

    private void update(String method, int typeId, long handle, int value, double x, double y, double z) {
        handles.requireEntity(method, handle);
        commands.handleCommand(method, typeId, handle, value, x, y, z);
    }

    /**
     * Reads an entity's position from the front snapshot (the last published main frame; this frame's own
     * writes are not visible yet).
     *
     * @param out receives {@code [x, y, z]}, world units
     * @return {@code false} when the entity is not visible in the snapshot yet ({@code out} untouched)
     * @throws dev.polyframe.script.binding.ScriptApiException of kind HANDLE when the handle is not live
     */
    public boolean position(long handle, double[] out) {
        handles.requireEntity("entity.getPosition", handle);
        EntitySnapshot front = snapshot.front();
        int slot = front.slotOf(handle);
        if (slot < 0) {
            return false;
        }
        out[0] = front.get(slot, EntityRecordDescriptor.X);
        out[1] = front.get(slot, EntityRecordDescriptor.Y);
        out[2] = front.get(slot, EntityRecordDescriptor.Z);
        return true;
    }

    /** @return whether the handle names an entity the script created and has not destroyed */
    public boolean exists(long handle) {
        return handles.isLiveEntity(handle);
    }

    /** @return live entities in the front snapshot */
    public int count() {
        return snapshot.front().entityCount();
    }

    /**
     * A result that resolves with the handle once the entity is visible in the front snapshot, or rejects when it
     * is destroyed first or the main thread could not create it.
     *
     * @throws dev.polyframe.script.binding.ScriptApiException of kind HANDLE when the handle is not live
     */
    public Deferred ready(long handle) {
        handles.requireEntity("entity.ready", handle);
        Deferred result = new Deferred("entity.ready");
        pendingReady.add(new PendingReady(handle, result));
        return result;
    }

    /**
     * Settles pending {@code ready} results: resolves those whose entity is now in the front snapshot, rejects
     * those whose entity was destroyed or could not be created. Called by the worker at the start of each script
     * frame, after the hand-off, so callbacks never run inside another API call.
     *
     * @throws ScriptException when a settled result's script callback throws (the others still settle)
     */
    void settleReady() throws ScriptException {
        EntitySnapshot front = snapshot.front();
        List<PendingReady> due = new ArrayList<>();
        // Take the due results out first: their callbacks may call ready() again, which must not disturb this walk.
        Iterator<PendingReady> it = pendingReady.iterator();
        while (it.hasNext()) {
            PendingReady pending = it.next();
            if (front.contains(pending.handle()) || !handles.isLiveEntity(pending.handle())) {
                it.remove();
                due.add(pending);
            }
        }
        ScriptException first = null;
        for (PendingReady pending : due) {
            long handle = pending.handle();
            try {
                // Liveness first: the create may be published a frame before the script's destroy is applied.
                if (handles.isLiveEntity(handle) && front.contains(handle)) {
                    pending.result().resolve(ScriptValue.of((double) handle));
                } else {
                    String reason = createFailures.remove(handle);
                    pending.result().reject("entity.ready: handle=" + handle + (reason == null
                            ? " was destroyed before it became visible" : " could not be created: " + reason));
                }
            } catch (ScriptException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The main thread could not create the entity: it is gone for the script too. */
    void onCreateFailed(long handle, String reason) {
        handles.releaseEntity(handle);
        if (pendingReady.stream().anyMatch(p -> p.handle() == handle)) {
            createFailures.put(handle, reason);
        }
    }
}
