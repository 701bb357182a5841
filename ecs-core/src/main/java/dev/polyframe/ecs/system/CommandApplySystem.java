package dev.polyframe.ecs.system;

import com.artemis.Aspect;
import com.artemis.BaseSystem;
import com.artemis.ComponentMapper;
import com.artemis.EntitySubscription;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.ScriptHandle;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.trace.DrainEvent;
import dev.polyframe.ecs.trace.Tracing;
import dev.polyframe.sync.protocol.BulkCommandFlyweight;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.CommandFailedFlyweight;
import dev.polyframe.sync.protocol.CreateCameraFlyweight;
import dev.polyframe.sync.protocol.CreateMeshFlyweight;
import dev.polyframe.sync.protocol.DebugLineFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MeshType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToDoubleFunction;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.MessageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the command ring and applies each command to the world (ARCHITECTURE.md §3, step 3).
 *
 * <p>A command that cannot be applied (unknown handle, snapshot full) never throws on the main thread: it is
 * counted and reported to the script as a {@link MessageTypeIds#EVENT_COMMAND_FAILED} event. Each frame applies at
 * most the commands that were in the ring when the drain started, so a flooding script cannot stall the frame;
 * the rest apply next frame, in order.
 *
 * <p>Main thread only (the command ring's consumer, the event ring's producer).
 */
public final class CommandApplySystem extends BaseSystem {
    private static final Logger LOG = LoggerFactory.getLogger(CommandApplySystem.class);
    private static final long NONE = -1;

    private final MessageRing commands;
    private final MessageRing events;
    private final SnapshotBuffers snapshot;
    private final ChangeSet changes;
    private final Long2LongHashMap entityByHandle = new Long2LongHashMap(NONE);
    private final MessageHandler handler = this::apply;
    private final HandleCommandFlyweight handleCommand = new HandleCommandFlyweight();
    private final BulkCommandFlyweight bulk = new BulkCommandFlyweight();
    private final CreateMeshFlyweight createMesh = new CreateMeshFlyweight();
    private final CreateCameraFlyweight createCamera = new CreateCameraFlyweight();
    private final DebugLineFlyweight debugLine = new DebugLineFlyweight();
    private final DebugTextFlyweight debugText = new DebugTextFlyweight();
    private final CommandFailedFlyweight commandFailed = new CommandFailedFlyweight();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong eventsDropped = new AtomicLong();
    private final long drainBudgetNanos;
    private final CommandLatency latency;
    private long commandsInScriptFrame;
    private volatile boolean quitRequested;
    private long endedScriptFrames;

    private ComponentMapper<Transform> mTransform;
    private ComponentMapper<MeshRenderable> mMesh;
    private ComponentMapper<CameraComponent> mCamera;
    private ComponentMapper<DebugPrimitive> mDebug;
    private ComponentMapper<ScriptHandle> mHandle;
    private EntitySubscription cameras;
    private EntitySubscription debugPrimitives;

    /**
     * @param commands the command ring; this system becomes its only consumer
     * @param events the event ring; this system becomes its only producer
     * @param snapshot the entity snapshot, whose slots this system allocates and frees
     * @param changes where changed entities are marked for {@link SnapshotWriteSystem}
     * @param drainBudgetNanos most time one frame's drain may take, nanoseconds; the rest waits, in order
     * @param latency told when a script frame's commands have all been applied
     */
    public CommandApplySystem(MessageRing commands, MessageRing events, SnapshotBuffers snapshot, ChangeSet changes,
            long drainBudgetNanos, CommandLatency latency) {
        this.commands = commands;
        this.drainBudgetNanos = drainBudgetNanos;
        this.latency = latency;
        this.events = events;
        this.snapshot = snapshot;
        this.changes = changes;
    }

    @Override
    protected void initialize() {
        cameras = world.getAspectSubscriptionManager().get(Aspect.all(CameraComponent.class));
        debugPrimitives = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class));
    }

    @Override
    protected void processSystem() {
        int pending = commands.bytesPending();
        if (pending > 0) {
            // Every message is at least one 8-byte record: this bounds the drain to what is there now (seed 004:
            // commands queued while the main thread applies go to the next frame); the budget bounds its time.
            DrainEvent event = Tracing.DRAIN.isEnabled() ? new DrainEvent() : null;
            if (event != null) {
                event.begin();
            }
            long stopsBefore = commands.budgetStops();
            int drained = commands.drain(handler, Math.max(1, pending / 8), drainBudgetNanos);
            if (event != null) {
                event.commands = drained;
                event.budgetStop = commands.budgetStops() != stopsBefore;
                event.commit();
            }
        }
    }

    /**
     * Applies every command left in the ring, without a budget: at shutdown, after the worker stopped, so no
     * accepted command goes unapplied. Main thread.
     */
    public void drainRemaining() {
        commands.drain(handler, Integer.MAX_VALUE);
    }

    private void apply(int typeId, MutableDirectBuffer buffer, int index, int length) {
        if (typeId != MessageTypeIds.SCRIPT_FRAME_END) {
            commandsInScriptFrame++;
        }
        switch (typeId) {
            case MessageTypeIds.ENTITY_CREATE_MESH -> createMesh(createMesh.wrap(buffer, index));
            case MessageTypeIds.CAMERA_CREATE -> createCamera(createCamera.wrap(buffer, index));
            case MessageTypeIds.DEBUG_LINE -> debugShape(debugLine.wrap(buffer, index), DebugPrimitive.Kind.LINE);
            case MessageTypeIds.DEBUG_TEXT -> debugText(debugText.wrap(buffer, index),
                    DebugPrimitive.Kind.SCREEN_TEXT);
            case MessageTypeIds.DEBUG_WORLD_TEXT -> debugText(debugText.wrap(buffer, index),
                    DebugPrimitive.Kind.WORLD_TEXT);
            case MessageTypeIds.DEBUG_BOX -> debugShape(debugLine.wrap(buffer, index), DebugPrimitive.Kind.BOX);
            case MessageTypeIds.DEBUG_SPHERE -> debugShape(debugLine.wrap(buffer, index), DebugPrimitive.Kind.SPHERE);
            case MessageTypeIds.DEBUG_CLEAR -> clearDebug();
            case MessageTypeIds.ENGINE_QUIT -> quitRequested = true;
            case MessageTypeIds.SCRIPT_FRAME_END -> endScriptFrame(handleCommand.wrap(buffer, index).handle());
            case MessageTypeIds.ENTITY_SET_POSITIONS, MessageTypeIds.ENTITY_SET_ORIENTATIONS,
                    MessageTypeIds.ENTITY_SET_COLORS -> applyBulk(typeId, bulk.wrap(buffer, index, typeId));
            default -> {
                HandleCommandFlyweight c = handleCommand.wrap(buffer, index);
                applyToHandle(typeId, typeId, c.handle(), c.value(), c.x(), c.y(), c.z());
            }
        }
    }

    /**
     * Applies a bulk command's records in order, each exactly as the single command it stands for; a record with an
     * unknown handle fails alone (one failure event naming the bulk command), the others apply.
     */
    private void applyBulk(int typeId, BulkCommandFlyweight command) {
        int count = command.count();
        commandsInScriptFrame += count - 1;
        if (typeId == MessageTypeIds.ENTITY_SET_COLORS) {
            for (int i = 0; i < count; i++) {
                applyToHandle(typeId, MessageTypeIds.ENTITY_SET_COLOR, command.handle(i), command.rgba(i), 0, 0, 0);
            }
            return;
        }
        int single = typeId == MessageTypeIds.ENTITY_SET_POSITIONS ? MessageTypeIds.ENTITY_SET_POSITION
                : MessageTypeIds.ENTITY_SET_ORIENTATION;
        for (int i = 0; i < count; i++) {
            applyToHandle(typeId, single, command.handle(i), 0, command.value(i, 0), command.value(i, 1),
                    command.value(i, 2));
        }
    }

    private void createMesh(CreateMeshFlyweight command) {
        long handle = command.handle();
        MeshType meshType = MeshType.fromId(command.meshType());
        if (meshType == null || entityByHandle.containsKey(handle)) {
            fail(handle, MessageTypeIds.ENTITY_CREATE_MESH, meshType == null
                    ? "unknown mesh type id " + command.meshType() : "handle " + handle + " already exists");
            return;
        }
        int slot = snapshot.allocate(handle);
        if (slot < 0) {
            fail(handle, MessageTypeIds.ENTITY_CREATE_MESH, "entity capacity " + snapshot.capacity() + " reached");
            return;
        }
        int entityId = world.create();
        Transform t = pose(mTransform.create(entityId), command::value);
        t.scale = command.value(6);
        MeshRenderable mesh = mMesh.create(entityId);
        mesh.meshType = meshType;
        mesh.rgba = command.rgba();
        mesh.active = (command.flags() & CreateMeshFlyweight.FLAG_ACTIVE) != 0;
        CameraType camera = CameraType.fromId(command.cameraType());
        mesh.camera = camera == null ? CameraType.WORLD : camera;
        ScriptHandle h = mHandle.create(entityId);
        h.handle = handle;
        h.slot = slot;
        entityByHandle.put(handle, entityId);
        changes.mark(entityId);
    }

    private void createCamera(CreateCameraFlyweight command) {
        long handle = command.handle();
        if (entityByHandle.containsKey(handle)) {
            fail(handle, MessageTypeIds.CAMERA_CREATE, "handle " + handle + " already exists");
            return;
        }
        int slot = snapshot.allocateCamera(handle);
        if (slot < 0) {
            fail(handle, MessageTypeIds.CAMERA_CREATE, "snapshot capacity " + snapshot.capacity() + " reached");
            return;
        }
        int entityId = world.create();
        pose(mTransform.create(entityId), command::value);
        CameraComponent camera = mCamera.create(entityId);
        CameraType type = CameraType.fromId(command.cameraType());
        camera.type = type == null ? CameraType.WORLD : type;
        camera.fovDegrees = command.value(6);
        ScriptHandle h = mHandle.create(entityId);
        h.handle = handle;
        h.slot = slot;
        entityByHandle.put(handle, entityId);
        changes.mark(entityId);
    }

    /** Sets position and orientation from the first six doubles of a create command. */
    private static Transform pose(Transform t, IntToDoubleFunction values) {
        t.x = values.applyAsDouble(0);
        t.y = values.applyAsDouble(1);
        t.z = values.applyAsDouble(2);
        t.yaw = values.applyAsDouble(3);
        t.pitch = values.applyAsDouble(4);
        t.roll = values.applyAsDouble(5);
        return t;
    }

    /**
     * @param reportedType the type id a failure names (the bulk command for a bulk record)
     * @param typeId the single command to apply
     */
    private void applyToHandle(int reportedType, int typeId, long handle, int value, double x, double y, double z) {
        int entityId = (int) entityByHandle.get(handle);
        if (entityId == NONE) {
            fail(handle, reportedType, "handle " + handle + " does not exist on the main thread");
            return;
        }
        switch (typeId) {
            case MessageTypeIds.ENTITY_SET_POSITION, MessageTypeIds.CAMERA_SET_POSITION -> {
                Transform t = mTransform.get(entityId);
                t.x = x;
                t.y = y;
                t.z = z;
            }
            case MessageTypeIds.ENTITY_SET_ORIENTATION, MessageTypeIds.CAMERA_SET_ORIENTATION -> {
                Transform t = mTransform.get(entityId);
                t.yaw = x;
                t.pitch = y;
                t.roll = z;
            }
            case MessageTypeIds.ENTITY_SET_SCALE -> mTransform.get(entityId).scale = x;
            case MessageTypeIds.ENTITY_SET_COLOR -> mMesh.get(entityId).rgba = value;
            case MessageTypeIds.ENTITY_SET_ACTIVE -> mMesh.get(entityId).active = value != 0;
            case MessageTypeIds.ENTITY_DESTROY, MessageTypeIds.CAMERA_DESTROY -> {
                destroy(handle, entityId);
                return;
            }
            case MessageTypeIds.CAMERA_SET_ACTIVE -> activateCamera(entityId);
            default -> {
                fail(handle, typeId, "unknown command type id " + typeId);
                return;
            }
        }
        changes.mark(entityId);
    }

    private void destroy(long handle, int entityId) {
        int slot = mHandle.get(entityId).slot;
        if (slot >= 0) {
            snapshot.free(slot);
        }
        entityByHandle.remove(handle);
        changes.unmark(entityId);
        world.delete(entityId);
    }

    private void activateCamera(int entityId) {
        CameraComponent target = mCamera.get(entityId);
        IntBag ids = cameras.getEntities();
        int[] data = ids.getData();
        for (int i = 0, n = ids.size(); i < n; i++) {
            CameraComponent other = mCamera.get(data[i]);
            if (other.type == target.type && other.active) {
                other.active = false;
                changes.mark(data[i]);
            }
        }
        target.active = true;
    }

    /** A line, box or sphere: the six doubles map onto x0..z1 (see {@link DebugPrimitive.Kind}). */
    private void debugShape(DebugLineFlyweight command, DebugPrimitive.Kind kind) {
        DebugPrimitive p = mDebug.create(world.create());
        p.kind = kind;
        p.x0 = command.point(0);
        p.y0 = command.point(1);
        p.z0 = command.point(2);
        p.x1 = command.point(3);
        p.y1 = command.point(4);
        p.z1 = command.point(5);
        p.rgba = command.rgba();
        lifetime(p, command.duration());
    }

    private void debugText(DebugTextFlyweight command, DebugPrimitive.Kind kind) {
        DebugPrimitive p = mDebug.create(world.create());
        p.kind = kind;
        p.x0 = command.x();
        p.y0 = command.y();
        p.z0 = command.z();
        p.size = command.size();
        p.text = command.text();
        p.rgba = command.rgba();
        lifetime(p, command.duration());
    }

    private void lifetime(DebugPrimitive p, double durationSeconds) {
        p.remainingSeconds = durationSeconds;
        p.untilNextScriptFrame = durationSeconds <= 0;
        p.scriptFrame = endedScriptFrames + 1;
    }

    /**
     * A script frame's commands are all applied: its one-frame debug primitives replace the previous frame's.
     * Primitives created in this drain are not in the subscription yet, so only older ones go.
     */
    private void endScriptFrame(long submitFrame) {
        latency.scriptFrameApplied(submitFrame, commandsInScriptFrame);
        commandsInScriptFrame = 0;
        long ended = ++endedScriptFrames;
        IntBag ids = debugPrimitives.getEntities();
        int[] data = ids.getData();
        for (int i = 0, n = ids.size(); i < n; i++) {
            DebugPrimitive p = mDebug.get(data[i]);
            if (p.untilNextScriptFrame && p.scriptFrame < ended) {
                world.delete(data[i]);
            }
        }
    }

    private void clearDebug() {
        IntBag ids = debugPrimitives.getEntities();
        int[] data = ids.getData();
        for (int i = 0, n = ids.size(); i < n; i++) {
            if (!mDebug.get(data[i]).engineOwned) {
                world.delete(data[i]);
            }
        }
    }

    private void fail(long handle, int commandType, String reason) {
        failed.incrementAndGet();
        byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
        int index = events.tryClaim(MessageTypeIds.EVENT_COMMAND_FAILED, CommandFailedFlyweight.length(utf8.length));
        if (index < 0) {
            eventsDropped.incrementAndGet();
            LOG.warn("event ring refused (status {}): dropped failure of {} for handle {}: {}", index,
                    MessageTypeIds.name(commandType), handle, reason);
            return;
        }
        boolean written = false;
        try {
            commandFailed.wrap(events.buffer(), index).set(handle, commandType, utf8);
            written = true;
        } finally {
            if (written) {
                events.commit(index);
            } else {
                events.abort(index);
            }
        }
    }

    /** @return commands that could not be applied; any thread */
    public long failedCommands() {
        return failed.get();
    }

    /** @return failure events lost because the event ring was full; any thread */
    public long eventsDropped() {
        return eventsDropped.get();
    }

    /** @return whether a script asked the engine to quit; any thread */
    public boolean quitRequested() {
        return quitRequested;
    }
}
