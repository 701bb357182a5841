package dev.polyframe.script.api;

import static dev.polyframe.script.api.ApiFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.api.ApiFixture.HandleCommand;
import dev.polyframe.script.api.ApiFixture.MeshCommand;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScriptInterfaceTest {
    private final ApiFixture fixture = new ApiFixture();

    /** A script function that records every call's arguments. */
    private static final class RecordingCallback {
        final List<List<ScriptValue>> calls = new ArrayList<>();
        final ScriptValue.Callable callable = new ScriptValue.Callable(args -> {
            calls.add(List.copyOf(args));
            return ScriptValue.NIL;
        });
    }

    private static Deferred deferred(ScriptValue value) {
        return assertInstanceOf(ScriptValue.Pending.class, value).deferred();
    }

    private static List<Object> outcome(Deferred deferred) throws ScriptException {
        List<Object> outcome = new ArrayList<>();
        deferred.observe((value, error) -> {
            outcome.add(value);
            outcome.add(error);
        });
        return outcome;
    }

    @Test
    void shouldEncodeCreateMeshWithEveryOption() {
        ScriptValue handle = fixture.call("entity.createMesh", "sphere", options(
                "position", List.of(1, 2.5, -3), "orientation", List.of(10, 20, 30), "scale", 2,
                "color", List.of(255, 128, 0, 64), "active", false));

        assertEquals(ScriptValue.of(1.0), handle);
        assertEquals(List.of(new MeshCommand(1, MeshType.SPHERE.id(), 0xFF800040, 0, CameraType.WORLD.id(),
                List.of(1.0, 2.5, -3.0, 10.0, 20.0, 30.0, 2.0))), fixture.drain());
    }

    @Test
    void shouldEncodeTheScreenCameraOption() {
        fixture.call("entity.createMesh", "plane", options("position", List.of(100, 50, 0), "scale", 40,
                "camera", "screen"));

        assertEquals(List.of(new MeshCommand(1, MeshType.PLANE.id(), 0xFFFFFFFF, 1, CameraType.SCREEN.id(),
                List.of(100.0, 50.0, 0.0, 0.0, 0.0, 0.0, 40.0))), fixture.drain());
    }

    @Test
    void shouldEncodeCreateMeshDefaults() {
        fixture.call("entity.createMesh", "grid");

        assertEquals(List.of(new MeshCommand(1, MeshType.GRID.id(), 0xFFFFFFFF, 1, CameraType.WORLD.id(),
                List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0))), fixture.drain());
    }

    @Test
    void shouldDefaultAlphaTo255ForThreeElementColourOption() {
        fixture.call("entity.createMesh", "cube", options("color", List.of(255, 128, 0)));

        assertEquals(0xFF8000FF, ((MeshCommand) fixture.drain().get(0)).rgba());
    }

    @Test
    void shouldTreatNullOptionsAsDefaults() {
        fixture.call("entity.createMesh", "plane", options("scale", null, "color", null));

        MeshCommand command = (MeshCommand) fixture.drain().get(0);
        assertEquals(1.0, command.transform().get(6));
        assertEquals(0xFFFFFFFF, command.rgba());
    }

    @Test
    void shouldNeverReuseHandleOfDestroyedEntity() {
        long first = fixture.createCube();
        fixture.call("entity.destroy", first);

        assertEquals(first + 1, fixture.createCube());
    }

    @Test
    void shouldEncodeSetPositionValuesExactly() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setPosition", handle, List.of(0.1, -1e300, 123456.789));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_POSITION, handle, 0, 0.1, -1e300,
                123456.789)), fixture.drain());
    }

    @Test
    void shouldEncodeSetOrientation() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setOrientation", handle, List.of(90, -45, 180));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_ORIENTATION, handle, 0, 90, -45, 180)),
                fixture.drain());
    }

    @Test
    void shouldEncodeSetScale() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setScale", handle, 0.25);

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_SCALE, handle, 0, 0.25, 0, 0)),
                fixture.drain());
    }

    @Test
    void shouldEncodeSetColorPackedRgba() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setColor", handle, List.of(1, 2, 3, 4));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_COLOR, handle, 0x01020304, 0, 0, 0)),
                fixture.drain());
    }

    @Test
    void shouldDefaultAlphaTo255ForThreeElementColour() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setColor", handle, List.of(255, 0, 16));

        assertEquals(0xFF0010FF, ((HandleCommand) fixture.drain().get(0)).value());
    }

    @Test
    void shouldEncodeSetActiveFalseAsZero() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.setActive", handle, false);
        fixture.call("entity.setActive", handle, true);

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_ACTIVE, handle, 0, 0, 0, 0),
                new HandleCommand(MessageTypeIds.ENTITY_SET_ACTIVE, handle, 1, 0, 0, 0)), fixture.drain());
    }

    @Test
    void shouldEncodeDestroyAndMakeHandleStale() {
        long handle = fixture.createCube();
        fixture.drain();

        fixture.call("entity.destroy", handle);

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_DESTROY, handle, 0, 0, 0, 0)), fixture.drain());
        assertEquals(ScriptValue.FALSE, fixture.call("entity.exists", handle));
    }

    @Test
    void shouldReportNewEntityExistsAtOnce() {
        long handle = fixture.createCube();

        assertEquals(ScriptValue.TRUE, fixture.call("entity.exists", handle));
        assertEquals(ScriptValue.FALSE, fixture.call("entity.exists", handle + 1));
    }

    @Test
    void shouldReturnNullPositionBeforeEntityIsVisible() {
        long handle = fixture.createCube();

        assertEquals(ScriptValue.NIL, fixture.call("entity.getPosition", handle));
    }

    @Test
    void shouldReturnNullPositionUntilMainThreadPublishes() {
        long handle = fixture.createCube();
        fixture.applyCreate(handle, 1, 2, 3);

        assertEquals(ScriptValue.NIL, fixture.call("entity.getPosition", handle));
    }

    @Test
    void shouldReadPositionFromPublishedSnapshot() {
        long handle = fixture.createCube();
        fixture.applyCreate(handle, 1.5, -2, 3e10);
        fixture.publish();

        assertEquals(ScriptValue.fromJava(List.of(1.5, -2.0, 3e10)), fixture.call("entity.getPosition", handle));
    }

    @Test
    void shouldNotSeeMainThreadWritesBeforeTheNextPublish() {
        long handle = fixture.createCube();
        int slot = fixture.applyCreate(handle, 1, 2, 3);
        fixture.publish();

        fixture.snapshot.write(slot, EntityRecordDescriptor.X, 100);

        assertEquals(ScriptValue.fromJava(List.of(1, 2, 3)), fixture.call("entity.getPosition", handle));
        fixture.publish();
        assertEquals(ScriptValue.fromJava(List.of(100, 2, 3)), fixture.call("entity.getPosition", handle));
    }

    @Test
    void shouldCountEntitiesOfPublishedSnapshot() {
        fixture.applyCreate(fixture.createCube(), 0, 0, 0);
        fixture.applyCreate(fixture.createCube(), 0, 0, 0);
        assertEquals(ScriptValue.of(0.0), fixture.call("entity.count"));

        fixture.publish();

        assertEquals(ScriptValue.of(2.0), fixture.call("entity.count"));
    }

    @Test
    void shouldReturnPendingReadyResult() {
        long handle = fixture.createCube();

        Deferred ready = deferred(fixture.call("entity.ready", handle));

        assertFalse(ready.settled());
        assertEquals("entity.ready", ready.method());
    }

    @Test
    void shouldKeepReadyPendingUntilEntityIsVisible() throws ScriptException {
        long handle = fixture.createCube();
        Deferred ready = deferred(fixture.call("entity.ready", handle));
        fixture.applyCreate(handle, 0, 0, 0);

        fixture.apis.beforeScriptFrame();

        assertFalse(ready.settled(), "settled before the snapshot was published");
    }

    @Test
    void shouldResolveReadyWithHandleOnceSnapshotContainsEntity() throws ScriptException {
        long handle = fixture.createCube();
        Deferred ready = deferred(fixture.call("entity.ready", handle));
        fixture.applyCreate(handle, 0, 0, 0);
        fixture.publish();

        fixture.apis.beforeScriptFrame();

        assertEquals(Arrays.asList(ScriptValue.of((double) handle), null), outcome(ready));
    }

    @Test
    void shouldRejectReadyWhenEntityIsDestroyedBeforeVisible() throws ScriptException {
        long handle = fixture.createCube();
        Deferred ready = deferred(fixture.call("entity.ready", handle));
        fixture.call("entity.destroy", handle);

        fixture.apis.beforeScriptFrame();

        List<Object> outcome = outcome(ready);
        assertNull(outcome.get(0));
        String error = (String) outcome.get(1);
        assertTrue(error.contains("entity.ready: handle=" + handle), error);
        assertTrue(error.contains("destroyed before it became visible"), error);
    }

    @Test
    void shouldRejectReadyWhenDestroyedEvenIfTheCreateWasPublishedBeforeTheDestroyApplied() throws ScriptException {
        long handle = fixture.createCube();
        Deferred ready = deferred(fixture.call("entity.ready", handle));
        fixture.call("entity.destroy", handle);
        fixture.applyCreate(handle, 0, 0, 0);
        fixture.publish();

        fixture.apis.beforeScriptFrame();

        String error = (String) outcome(ready).get(1);
        assertTrue(error.contains("destroyed before it became visible"), error);
    }

    @Test
    void shouldRejectReadyWithReasonWhenMainThreadCouldNotCreate() throws ScriptException {
        long handle = fixture.createCube();
        Deferred ready = deferred(fixture.call("entity.ready", handle));

        fixture.apis.onCommandFailed(handle, MessageTypeIds.ENTITY_CREATE_MESH, "why");
        fixture.apis.beforeScriptFrame();

        String error = (String) outcome(ready).get(1);
        assertTrue(error.contains("entity.ready: handle=" + handle), error);
        assertTrue(error.contains("could not be created: why"), error);
    }

    @Test
    void shouldMakeHandleStaleWhenMainThreadCouldNotCreate() {
        long handle = fixture.createCube();

        fixture.apis.onCommandFailed(handle, MessageTypeIds.ENTITY_CREATE_MESH, "why");

        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> fixture.call("entity.setPosition", handle, List.of(0, 0, 0)));
        assertEquals(ScriptApiException.Kind.HANDLE, e.kind());
    }

    @Test
    void shouldKeepHandleLiveWhenOtherCommandFails() {
        long handle = fixture.createCube();

        fixture.apis.onCommandFailed(handle, MessageTypeIds.ENTITY_SET_POSITION, "why");

        assertEquals(ScriptValue.TRUE, fixture.call("entity.exists", handle));
    }

    @Test
    void shouldCallTrailingCallbackWithHandleWhenReady() throws ScriptException {
        long handle = fixture.createCube();
        RecordingCallback callback = new RecordingCallback();
        ScriptValue result = fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) handle),
                callback.callable));
        fixture.applyCreate(handle, 0, 0, 0);
        fixture.publish();

        fixture.apis.beforeScriptFrame();

        assertInstanceOf(ScriptValue.Pending.class, result);
        assertEquals(List.of(List.of(ScriptValue.of((double) handle), ScriptValue.NIL)), callback.calls);
    }

    @Test
    void shouldCallTrailingCallbackWithErrorWhenRejected() throws ScriptException {
        long handle = fixture.createCube();
        RecordingCallback callback = new RecordingCallback();
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) handle), callback.callable));

        fixture.apis.onCommandFailed(handle, MessageTypeIds.ENTITY_CREATE_MESH, "why");
        fixture.apis.beforeScriptFrame();

        assertEquals(1, callback.calls.size());
        assertEquals(ScriptValue.NIL, callback.calls.get(0).get(0));
        ScriptValue.Str error = assertInstanceOf(ScriptValue.Str.class, callback.calls.get(0).get(1));
        assertTrue(error.value().contains("could not be created: why"), error.value());
    }

    @Test
    void shouldNotCallCallbackBeforeResultSettles() throws ScriptException {
        long handle = fixture.createCube();
        RecordingCallback callback = new RecordingCallback();
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) handle), callback.callable));

        fixture.apis.beforeScriptFrame();

        assertEquals(List.of(), callback.calls);
    }

    @Test
    void shouldSettleEveryReadyResultWhenOneCallbackThrows() throws ScriptException {
        long first = fixture.createCube();
        long second = fixture.createCube();
        ScriptException boom = new ScriptException(new ScriptError("test", "main.test", 1, 1,
                "cb", "boom", "", null), null);
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) first),
                new ScriptValue.Callable(args -> {
                    throw boom;
                })));
        RecordingCallback callback = new RecordingCallback();
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) second), callback.callable));
        fixture.applyCreate(first, 0, 0, 0);
        fixture.applyCreate(second, 0, 0, 0);
        fixture.publish();

        ScriptException thrown = assertThrows(ScriptException.class, fixture.apis::beforeScriptFrame);

        assertEquals(boom, thrown);
        assertEquals(List.of(List.of(ScriptValue.of((double) second), ScriptValue.NIL)), callback.calls);
    }

    @Test
    void shouldSettleReadyResultOnlyOnce() throws ScriptException {
        long handle = fixture.createCube();
        RecordingCallback callback = new RecordingCallback();
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) handle), callback.callable));
        fixture.applyCreate(handle, 0, 0, 0);
        fixture.publish();

        fixture.apis.beforeScriptFrame();
        fixture.publish();
        fixture.apis.beforeScriptFrame();

        assertEquals(1, callback.calls.size());
    }

    @Test
    void shouldAllowReadyCallbackToWaitForAnotherEntity() throws ScriptException {
        long first = fixture.createCube();
        long second = fixture.createCube();
        List<ScriptValue> settled = new ArrayList<>();
        ScriptValue.Callable onSecond = new ScriptValue.Callable(args -> {
            settled.add(args.get(0));
            return ScriptValue.NIL;
        });
        fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) first), new ScriptValue.Callable(args -> {
            settled.add(args.get(0));
            fixture.method("entity.ready").invoke(List.of(ScriptValue.of((double) second), onSecond));
            return ScriptValue.NIL;
        })));
        fixture.applyCreate(first, 0, 0, 0);
        fixture.publish();
        fixture.apis.beforeScriptFrame();
        fixture.applyCreate(second, 0, 0, 0);
        fixture.publish();
        fixture.apis.beforeScriptFrame();
        assertEquals(List.of(ScriptValue.of((double) first), ScriptValue.of((double) second)), settled);
    }

    private long[] cubes(ApiFixture target, int count) {
        long[] handles = new long[count];
        for (int i = 0; i < count; i++) {
            handles[i] = handle(target.call("entity.createMesh", "cube"));
            if (i % 200 == 199) {
                target.drain();
            }
        }
        target.drain();
        return handles;
    }

    private static long handle(ScriptValue value) {
        return ApiFixture.handle(value);
    }

    private static ScriptValue.Numbers numbers(long[] handles) {
        return new ScriptValue.Numbers(Arrays.stream(handles).asDoubleStream().toArray());
    }

    private static ScriptValue.Numbers numbers(double... values) {
        return new ScriptValue.Numbers(values);
    }

    @Test
    void shouldSendBulkPositionsAsOneMessageOfTheSameUpdatesAsSingleCalls() {
        long[] h = cubes(fixture, 3);
        long before = fixture.ring.submitted();

        fixture.method("entity.setPositions").invoke(List.of(numbers(h), numbers(1, 2, 3, 4, 5, 6, 7, 8, 9)));

        assertEquals(1, fixture.ring.submitted() - before, "one ring message for three entities");
        int type = MessageTypeIds.ENTITY_SET_POSITIONS;
        assertEquals(List.of(new HandleCommand(type, h[0], 0, 1, 2, 3), new HandleCommand(type, h[1], 0, 4, 5, 6),
                new HandleCommand(type, h[2], 0, 7, 8, 9)), fixture.drain());
    }

    @Test
    void shouldSplitABulkCallAtTheRingsLargestMessageKeepingTheOrder() {
        long[] h = cubes(fixture, 600);
        double[] values = new double[3 * h.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        long before = fixture.ring.submitted();

        fixture.method("entity.setOrientations").invoke(List.of(numbers(h), numbers(values)));

        int perMessage = (fixture.ring.maxMessageLength() - 8) / 32;
        assertEquals((h.length + perMessage - 1) / perMessage, fixture.ring.submitted() - before);
        List<ApiFixture.Command> applied = fixture.drain();
        assertEquals(h.length, applied.size());
        for (int i = 0; i < h.length; i++) {
            assertEquals(new HandleCommand(MessageTypeIds.ENTITY_SET_ORIENTATIONS, h[i], 0, 3 * i, 3 * i + 1,
                    3 * i + 2), applied.get(i), "record " + i);
        }
    }

    @Test
    void shouldRejectAWholeBulkCallWhenTheRingHasNoRoomForAllOfIt() {
        long[] h = cubes(fixture, 2100);
        long before = fixture.ring.submitted();

        ScriptApiException e = assertThrows(ScriptApiException.class, () -> fixture.method("entity.setPositions")
                .invoke(List.of(numbers(h), new ScriptValue.Numbers(new double[3 * h.length]))));

        assertEquals(ScriptApiException.Kind.QUEUE_FULL, e.kind());
        assertTrue(e.getMessage().contains("nothing was enqueued"), e.getMessage());
        assertEquals(before, fixture.ring.submitted(), "not even the first chunk was sent");
    }

    @Test
    void shouldNameTheFirstBadElementAndEnqueueNothing() {
        long[] h = cubes(fixture, 3);
        long before = fixture.ring.submitted();

        ScriptApiException nan = assertThrows(ScriptApiException.class, () -> fixture.method("entity.setPositions")
                .invoke(List.of(numbers(h), numbers(0, 0, 0, 0, Double.NaN, 0, 0, 0, Double.NaN))));
        ScriptApiException stale = assertThrows(ScriptApiException.class, () -> fixture.method("entity.setColors")
                .invoke(List.of(numbers(h[0], 77), numbers(0, 0, 0, 0, 0, 0, 0, 0))));

        assertEquals("entity.setPositions: values[4] is NaN, not a finite number", nan.getMessage());
        assertEquals(ScriptApiException.Kind.HANDLE, stale.kind());
        assertTrue(stale.getMessage().startsWith("entity.setColors: handles[1]=77 is unknown"), stale.getMessage());
        assertEquals(before, fixture.ring.submitted());
    }

    @Test
    void shouldPackBulkColourFractionsLikeSetColor() {
        long[] h = cubes(fixture, 1);

        fixture.method("entity.setColors").invoke(List.of(numbers(h), numbers(1, 0.5, 0, 1)));
        fixture.call("entity.setColor", (double) h[0], List.of(255, 128, 0, 255));

        List<ApiFixture.Command> applied = fixture.drain();
        assertEquals(((HandleCommand) applied.get(1)).value(), ((HandleCommand) applied.get(0)).value());
        assertEquals(0xFF8000FF, ((HandleCommand) applied.get(0)).value());
    }
}
