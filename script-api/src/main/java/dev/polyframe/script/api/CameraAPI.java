package dev.polyframe.script.api;

import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.CreateCameraFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;

/**
 * Cameras for scripts, language-neutral (seed 000 CameraAPI): validates handles and encodes commands.
 *
 * <p>Script worker thread only. Positions in world units; orientation {@code [yaw, pitch, roll]} and field of view
 * in degrees; positive pitch looks down.
 */
public final class CameraAPI {
    private final CommandEncoder commands;
    private final HandleRegistry handles;

    CameraAPI(CommandEncoder commands, HandleRegistry handles) {
        this.commands = commands;
        this.handles = handles;
    }

    /**
     * Creates a camera.
     *
     * @param values seven doubles: x, y, z (world units), yaw, pitch, roll, fov (degrees, in (0, 180))
     * @return the new handle, usable at once
     * @throws dev.polyframe.script.binding.ScriptApiException of kind QUEUE_FULL when the command ring is full
     */
    public long create(CameraType type, double[] values) {
        int index = commands.claim("camera.create", MessageTypeIds.CAMERA_CREATE, CreateCameraFlyweight.LENGTH);
        boolean written = false;
        try {
            long handle = handles.newCamera();
            commands.createCamera(index).set(handle, type.id(), values);
            written = true;
            return handle;
        } finally {
            commands.finish(index, written);
        }
    }

    /** Moves a camera; world units. */
    public void setPosition(long handle, double x, double y, double z) {
        update("camera.setPosition", MessageTypeIds.CAMERA_SET_POSITION, handle, x, y, z);
    }

    /** Turns a camera; yaw, pitch, roll in degrees. */
    public void setOrientation(long handle, double yaw, double pitch, double roll) {
        update("camera.setOrientation", MessageTypeIds.CAMERA_SET_ORIENTATION, handle, yaw, pitch, roll);
    }

    /** Makes the camera the one the renderer uses for its type, from the frame the command is applied. */
    public void setActive(long handle) {
        update("camera.setActive", MessageTypeIds.CAMERA_SET_ACTIVE, handle, 0, 0, 0);
    }

    /** Destroys a camera; its handle is stale from now on. */
    public void destroy(long handle) {
        update("camera.destroy", MessageTypeIds.CAMERA_DESTROY, handle, 0, 0, 0);
        handles.releaseCamera(handle);
    }

    private void update(String method, int typeId, long handle, double x, double y, double z) {
        handles.requireCamera(method, handle);
        commands.handleCommand(method, typeId, handle, 0, x, y, z);
    }
}
