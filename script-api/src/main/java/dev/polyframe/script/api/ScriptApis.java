package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine's built-in script APIs wired to one command ring and snapshot: {@code entity}, {@code camera},
 * {@code debug}, {@code engine} and {@code input}, each an {@code XXXAPI} with its {@code XXXScriptInterface}.
 *
 * <p>Created on any thread before the worker starts; used on the script worker thread only afterwards.
 */
public final class ScriptApis {
    private final EntityAPI entity;
    private final List<ScriptInterface> interfaces = new ArrayList<>();
    private final CommandEncoder encoder;
    private final SnapshotBuffers snapshot;

    /**
     * @param commands the command ring; the worker becomes its only producer
     * @param snapshot the entity snapshot; the worker reads its front buffer
     * @param metrics what {@code engine.metrics()} returns
     */
    public ScriptApis(MessageRing commands, SnapshotBuffers snapshot, EngineMetrics metrics) {
        this.encoder = new CommandEncoder(commands);
        this.snapshot = snapshot;
        HandleRegistry handles = new HandleRegistry();
        this.entity = new EntityAPI(encoder, handles, snapshot);
        interfaces.add(EntityScriptInterface.create(entity));
        interfaces.add(CameraScriptInterface.create(new CameraAPI(encoder, handles)));
        interfaces.add(DebugRenderScriptInterface.create(new DebugRenderAPI(encoder)));
        interfaces.add(EngineScriptInterface.create(new EngineAPI(encoder, snapshot, metrics)));
        interfaces.add(InputScriptInterface.create(new InputAPI(snapshot.input().front())));
    }

    /** @return the script interfaces to bind, built-in ones first, in a stable order; unmodifiable */
    public List<ScriptInterface> interfaces() {
        return Collections.unmodifiableList(interfaces);
    }

    /**
     * Adds an interface defined outside the engine (by a game, or by the conformance kit), bound after the built-in
     * ones. Call before the script worker starts.
     *
     * @throws IllegalArgumentException when an interface of that global name is already registered
     */
    public void add(ScriptInterface scriptInterface) {
        if (interfaces.stream().anyMatch(i -> i.name().equals(scriptInterface.name()))) {
            throw new IllegalArgumentException("ScriptApis.add: an interface named " + scriptInterface.name()
                    + " is already registered");
        }
        interfaces.add(scriptInterface);
    }

    /** @return the entity snapshot; the worker reads only its front buffer */
    public SnapshotBuffers snapshot() {
        return snapshot;
    }

    /** @return the entity API */
    public EntityAPI entity() {
        return entity;
    }

    /**
     * Settles deferred results against the freshly published front snapshot. Worker, at the start of a frame.
     *
     * @throws ScriptException when a script callback throws (every result still settles)
     */
    public void beforeScriptFrame() throws ScriptException {
        entity.settleReady();
    }

    /**
     * Marks the end of the script frame's commands in the command ring, carrying the main frame whose snapshot the
     * script frame read (for command-to-visible latency). Worker, at the end of a frame. When the ring is full the
     * marker is left out: the next frame's marker then closes both frames.
     *
     * @return whether the marker was written
     */
    public boolean afterScriptFrame() {
        try {
            encoder.handleCommand("scriptFrameEnd", MessageTypeIds.SCRIPT_FRAME_END, snapshot.front().frame(), 0, 0, 0,
                    0);
            return true;
        } catch (ScriptApiException e) {
            return false;
        }
    }

    /**
     * Tells the APIs that the main thread rejected a command, so deferred results depending on it fail. Worker.
     *
     * @param handle the handle the command targeted
     * @param commandType its message type id
     * @param reason why it failed
     */
    public void onCommandFailed(long handle, int commandType, String reason) {
        if (commandType == MessageTypeIds.ENTITY_CREATE_MESH) {
            entity.onCreateFailed(handle, reason);
        }
    }
}
