package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.protocol.BulkCommandFlyweight;
import dev.polyframe.sync.protocol.CreateCameraFlyweight;
import dev.polyframe.sync.protocol.CreateMeshFlyweight;
import dev.polyframe.sync.protocol.DebugLineFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.MutableDirectBuffer;

/**
 * The real {@link ScriptApis} on a real command ring and snapshot, plus the main thread's side done by hand: decode
 * the commands the APIs encoded, and make entities visible by allocating, writing and publishing the snapshot.
 */
final class ApiFixture {
    /** Every command the APIs can encode, decoded into plain values (record equality compares doubles exactly). */
    sealed interface Command {
    }

    /** A {@link HandleCommandFlyweight} body. */
    record HandleCommand(int type, long handle, int value, double x, double y, double z) implements Command {
    }

    /** A {@link CreateMeshFlyweight} body. */
    record MeshCommand(long handle, int meshType, int rgba, int flags, int cameraType, List<Double> transform)
            implements Command {
    }

    /** A {@link CreateCameraFlyweight} body. */
    record CameraCommand(long handle, int cameraType, List<Double> values) implements Command {
    }

    /** A {@link DebugTextFlyweight} body. */
    record TextCommand(int rgba, double duration, double size, double x, double y, String text) implements Command {
    }

    /** A {@link DebugLineFlyweight} body. */
    record LineCommand(int rgba, double duration, List<Double> points) implements Command {
    }

    /** A {@link DebugTextFlyweight} body of a {@link MessageTypeIds#DEBUG_WORLD_TEXT}. */
    record WorldTextCommand(int rgba, double duration, double size, double x, double y, double z, String text)
            implements Command {
    }

    /** A {@link DebugLineFlyweight} body of a box or sphere ({@code type} is the message type id). */
    record ShapeCommand(int type, int rgba, double duration, List<Double> values) implements Command {
    }

    final MessageRing ring;
    final SnapshotBuffers snapshot = new SnapshotBuffers(64);
    final ScriptApis apis;
    private final HandleCommandFlyweight handleCommand = new HandleCommandFlyweight();
    private final CreateMeshFlyweight createMesh = new CreateMeshFlyweight();
    private final CreateCameraFlyweight createCamera = new CreateCameraFlyweight();
    private final DebugTextFlyweight debugText = new DebugTextFlyweight();
    private final DebugLineFlyweight debugLine = new DebugLineFlyweight();
    private long frame;

    ApiFixture() {
        this(1 << 16);
    }

    ApiFixture(int ringBytes) {
        ring = new MessageRing("commands", ringBytes);
        apis = new ScriptApis(ring, snapshot, () -> Map.of("frames", 1));
    }

    /** @return the method named {@code interface.method}, as a backend would bind it */
    ScriptMethod method(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        String interfaceName = qualifiedName.substring(0, dot);
        ScriptInterface scriptInterface = apis.interfaces().stream().filter(i -> i.name().equals(interfaceName))
                .findFirst().orElseThrow(() -> new AssertionError("no interface " + interfaceName));
        return scriptInterface.method(qualifiedName.substring(dot + 1));
    }

    /** Calls a method with plain Java arguments converted by {@link ScriptValue#fromJava}. */
    ScriptValue call(String qualifiedName, Object... args) {
        return method(qualifiedName).invoke(values(args));
    }

    /** @return the arguments as script values; {@code null} becomes nil */
    static List<ScriptValue> values(Object... args) {
        return Arrays.stream(args).map(ScriptValue::fromJava).toList();
    }

    /** @return an options object with the given key, value pairs in order */
    static Map<String, Object> options(Object... keysAndValues) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return options;
    }

    /** @return a handle a create method returned */
    static long handle(ScriptValue value) {
        return (long) ((ScriptValue.Num) value).value();
    }

    /** Creates a cube and returns its handle. */
    long createCube() {
        return handle(call("entity.createMesh", "cube"));
    }

    /** Drains every pending command (draining again if the ring wrapped), decoded in order. */
    List<Command> drain() {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < 4 && ring.consumed() < ring.submitted(); i++) {
            ring.drain((typeId, buffer, index, length) -> {
                if (MessageTypeIds.isBulk(typeId)) {
                    decodeBulk(typeId, buffer, index, out);
                } else {
                    out.add(decode(typeId, buffer, index));
                }
            }, Integer.MAX_VALUE);
        }
        return out;
    }

    /** A bulk message as one {@link HandleCommand} per record, typed with the bulk type id. */
    private static void decodeBulk(int typeId, MutableDirectBuffer buffer, int index, List<Command> out) {
        BulkCommandFlyweight bulk = new BulkCommandFlyweight().wrap(buffer, index, typeId);
        for (int i = 0; i < bulk.count(); i++) {
            out.add(typeId == MessageTypeIds.ENTITY_SET_COLORS
                    ? new HandleCommand(typeId, bulk.handle(i), bulk.rgba(i), 0, 0, 0)
                    : new HandleCommand(typeId, bulk.handle(i), 0, bulk.value(i, 0), bulk.value(i, 1),
                            bulk.value(i, 2)));
        }
    }

    private Command decode(int typeId, MutableDirectBuffer buffer, int index) {
        switch (typeId) {
            case MessageTypeIds.ENTITY_CREATE_MESH -> {
                CreateMeshFlyweight m = createMesh.wrap(buffer, index);
                return new MeshCommand(m.handle(), m.meshType(), m.rgba(), m.flags(), m.cameraType(),
                        doubles(m::value, 7));
            }
            case MessageTypeIds.CAMERA_CREATE -> {
                CreateCameraFlyweight c = createCamera.wrap(buffer, index);
                return new CameraCommand(c.handle(), c.cameraType(), doubles(c::value, 7));
            }
            case MessageTypeIds.DEBUG_TEXT -> {
                DebugTextFlyweight t = debugText.wrap(buffer, index);
                return new TextCommand(t.rgba(), t.duration(), t.size(), t.x(), t.y(), t.text());
            }
            case MessageTypeIds.DEBUG_WORLD_TEXT -> {
                DebugTextFlyweight t = debugText.wrap(buffer, index);
                return new WorldTextCommand(t.rgba(), t.duration(), t.size(), t.x(), t.y(), t.z(), t.text());
            }
            case MessageTypeIds.DEBUG_BOX, MessageTypeIds.DEBUG_SPHERE -> {
                DebugLineFlyweight l = debugLine.wrap(buffer, index);
                return new ShapeCommand(typeId, l.rgba(), l.duration(), doubles(l::point, 6));
            }
            case MessageTypeIds.DEBUG_LINE -> {
                DebugLineFlyweight l = debugLine.wrap(buffer, index);
                return new LineCommand(l.rgba(), l.duration(), doubles(l::point, 6));
            }
            default -> {
                HandleCommandFlyweight h = handleCommand.wrap(buffer, index);
                return new HandleCommand(typeId, h.handle(), h.value(), h.x(), h.y(), h.z());
            }
        }
    }

    private interface DoubleAt {
        double at(int index);
    }

    private static List<Double> doubles(DoubleAt source, int count) {
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(source.at(i));
        }
        return values;
    }

    /**
     * Does what the main thread does when it applies a createMesh: gives the entity a slot in the back snapshot and
     * writes its position. Not visible to scripts until {@link #publish()}.
     */
    int applyCreate(long handle, double x, double y, double z) {
        int slot = snapshot.allocate(handle);
        snapshot.write(slot, EntityRecordDescriptor.X, x);
        snapshot.write(slot, EntityRecordDescriptor.Y, y);
        snapshot.write(slot, EntityRecordDescriptor.Z, z);
        return slot;
    }

    /** Publishes the back snapshot as the next main frame, at 1/60 s per frame. */
    void publish() {
        frame++;
        snapshot.publish(frame, frame / 60.0);
    }
}
