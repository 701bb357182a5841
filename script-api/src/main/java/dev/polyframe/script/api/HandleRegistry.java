package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import org.agrona.collections.LongHashSet;

/**
 * Hands out script handles and remembers which are live, so a stale or unknown handle is an error at the call and
 * never another object (ARCHITECTURE.md §5). Handles are allocated on the worker, so {@code create*} returns at
 * once; they count up from 1, are never reused in a run and stay exact in every language (below 2^53).
 *
 * <p>Script worker thread only.
 */
public final class HandleRegistry {
    private final LongHashSet entities = new LongHashSet();
    private final LongHashSet cameras = new LongHashSet();
    private long next = 1;

    /** @return a new entity handle, now live */
    long newEntity() {
        long handle = next++;
        entities.add(handle);
        return handle;
    }

    /** @return a new camera handle, now live */
    long newCamera() {
        long handle = next++;
        cameras.add(handle);
        return handle;
    }

    /** @return whether the handle names an entity created and not destroyed by the script */
    public boolean isLiveEntity(long handle) {
        return entities.contains(handle);
    }

    /** @return whether the handle names a camera created and not destroyed by the script */
    public boolean isLiveCamera(long handle) {
        return cameras.contains(handle);
    }

    void releaseEntity(long handle) {
        entities.remove(handle);
    }

    void releaseCamera(long handle) {
        cameras.remove(handle);
    }

    /**
     * @throws ScriptApiException of kind HANDLE naming method, parameter and value when the entity is not live
     */
    void requireEntity(String method, long handle) {
        if (!entities.contains(handle)) {
            throw new ScriptApiException(ScriptApiException.Kind.HANDLE, method, "handle=" + handle + " is "
                    + describe(handle) + ", not a live entity");
        }
    }

    /**
     * Checks element {@code index} of a bulk call's handles.
     *
     * @throws ScriptApiException of kind HANDLE naming method, {@code handles[index]} and value when the entity is
     *     not live
     */
    void requireEntity(String method, int index, long handle) {
        if (!entities.contains(handle)) {
            throw new ScriptApiException(ScriptApiException.Kind.HANDLE, method, "handles[" + index + "]=" + handle
                    + " is " + describe(handle) + ", not a live entity");
        }
    }

    /**
     * @throws ScriptApiException of kind HANDLE naming method, parameter and value when the camera is not live
     */
    void requireCamera(String method, long handle) {
        if (!cameras.contains(handle)) {
            throw new ScriptApiException(ScriptApiException.Kind.HANDLE, method, "handle=" + handle + " is "
                    + describe(handle) + ", not a live camera");
        }
    }

    private String describe(long handle) {
        if (handle >= next) {
            return "unknown";
        }
        return entities.contains(handle) ? "an entity" : cameras.contains(handle) ? "a camera" : "destroyed";
    }
}
