package dev.polyframe.sync.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.sync.protocol.CommandFailedFlyweight;
import dev.polyframe.sync.protocol.CreateMeshFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agrona.MutableDirectBuffer;
import org.junit.jupiter.api.Test;

class MessageRingTest {
    private final HandleCommandFlyweight handleCommand = new HandleCommandFlyweight();
    private final CreateMeshFlyweight createMesh = new CreateMeshFlyweight();
    private final DebugTextFlyweight debugText = new DebugTextFlyweight();
    private final CommandFailedFlyweight commandFailed = new CommandFailedFlyweight();

    /** One drained message, decoded into plain values so it outlives the ring's buffer. */
    private record Message(int typeId, String body) {
    }

    private List<Message> drainAll(MessageRing ring) {
        List<Message> out = new ArrayList<>();
        ring.drain((typeId, buffer, index, length) -> out.add(new Message(typeId, decode(typeId, buffer, index))),
                Integer.MAX_VALUE);
        return out;
    }

    private String decode(int typeId, MutableDirectBuffer buffer, int index) {
        switch (typeId) {
            case MessageTypeIds.ENTITY_SET_POSITION -> {
                handleCommand.wrap(buffer, index);
                return "handle=" + handleCommand.handle() + " value=" + handleCommand.value() + " xyz="
                        + handleCommand.x() + "," + handleCommand.y() + "," + handleCommand.z();
            }
            case MessageTypeIds.ENTITY_CREATE_MESH -> {
                createMesh.wrap(buffer, index);
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 7; i++) {
                    values.append(createMesh.value(i)).append(i < 6 ? "," : "");
                }
                return "handle=" + createMesh.handle() + " mesh=" + createMesh.meshType() + " rgba="
                        + Integer.toHexString(createMesh.rgba()) + " flags=" + createMesh.flags() + " camera="
                        + createMesh.cameraType() + " values=" + values;
            }
            case MessageTypeIds.DEBUG_TEXT -> {
                debugText.wrap(buffer, index);
                return "rgba=" + Integer.toHexString(debugText.rgba()) + " duration=" + debugText.duration()
                        + " size=" + debugText.size() + " x=" + debugText.x() + " y=" + debugText.y() + " text="
                        + debugText.text();
            }
            case MessageTypeIds.EVENT_COMMAND_FAILED -> {
                commandFailed.wrap(buffer, index);
                return "handle=" + commandFailed.handle() + " command=" + commandFailed.commandType() + " reason="
                        + commandFailed.reason();
            }
            default -> {
                return "unexpected type " + typeId;
            }
        }
    }

    private boolean offerPosition(MessageRing ring, long handle, double x) {
        int index = ring.tryClaim(MessageTypeIds.ENTITY_SET_POSITION, HandleCommandFlyweight.LENGTH);
        if (index == MessageRing.FULL) {
            return false;
        }
        handleCommand.wrap(ring.buffer(), index).handle(handle).value(7).xyz(x, -2.5, 1e300);
        ring.commit(index);
        return true;
    }

    @Test
    void shouldDrainCommittedMessagesInOrderWithTheirBodies() {
        MessageRing ring = new MessageRing("commands", 1 << 12);
        String text = "héllo wörld ✓ 日本";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] reason = "no entity «3»".getBytes(StandardCharsets.UTF_8);

        assertTrue(offerPosition(ring, 42, 0.1));
        int mesh = ring.tryClaim(MessageTypeIds.ENTITY_CREATE_MESH, CreateMeshFlyweight.LENGTH);
        createMesh.wrap(ring.buffer(), mesh).set(3, 1, 0xFF8000FF, CreateMeshFlyweight.FLAG_ACTIVE, 1,
                new double[] {1, 2, 3, 10, 20, 30, 2.5});
        ring.commit(mesh);
        int textIndex = ring.tryClaim(MessageTypeIds.DEBUG_TEXT, DebugTextFlyweight.length(utf8.length));
        debugText.wrap(ring.buffer(), textIndex).set(0x01020304, 1.5, 24, 10, 20, 0, utf8);
        ring.commit(textIndex);
        int failed = ring.tryClaim(MessageTypeIds.EVENT_COMMAND_FAILED, CommandFailedFlyweight.length(reason.length));
        commandFailed.wrap(ring.buffer(), failed).set(9, MessageTypeIds.ENTITY_DESTROY, reason);
        ring.commit(failed);

        assertEquals(List.of(
                new Message(MessageTypeIds.ENTITY_SET_POSITION, "handle=42 value=7 xyz=0.1,-2.5,1.0E300"),
                new Message(MessageTypeIds.ENTITY_CREATE_MESH,
                        "handle=3 mesh=1 rgba=ff8000ff flags=1 camera=1 values=1.0,2.0,3.0,10.0,20.0,30.0,2.5"),
                new Message(MessageTypeIds.DEBUG_TEXT,
                        "rgba=1020304 duration=1.5 size=24.0 x=10.0 y=20.0 text=" + text),
                new Message(MessageTypeIds.EVENT_COMMAND_FAILED,
                        "handle=9 command=" + MessageTypeIds.ENTITY_DESTROY + " reason=no entity «3»")),
                drainAll(ring));
    }

    @Test
    void shouldCountSubmittedAndConsumedMessages() {
        MessageRing ring = new MessageRing("commands", 1024);
        offerPosition(ring, 1, 0);
        offerPosition(ring, 2, 0);

        assertEquals(2, ring.submitted());
        assertEquals(0, ring.consumed());
        assertEquals(2, drainAll(ring).size());
        assertEquals(2, ring.consumed());
        assertEquals(0, ring.bytesPending());
    }

    @Test
    void shouldReturnFullAndKeepEveryAcceptedMessageWhenRingIsFull() {
        MessageRing ring = new MessageRing("commands", 1024);
        int accepted = 0;
        while (offerPosition(ring, accepted + 1, accepted)) {
            accepted++;
            assertTrue(accepted <= 1024 / HandleCommandFlyweight.LENGTH, "ring never reported FULL");
        }

        assertTrue(accepted > 0, "some messages fit");
        assertEquals(1, ring.rejected());
        assertEquals(accepted, ring.submitted());
        List<Message> drained = drainAll(ring);
        assertEquals(accepted, drained.size());
        for (int i = 0; i < accepted; i++) {
            assertEquals("handle=" + (i + 1) + " value=7 xyz=" + (double) i + ",-2.5,1.0E300", drained.get(i).body(),
                    "message " + i);
        }
    }

    @Test
    void shouldAcceptMessagesAgainAfterFullRingIsDrained() {
        MessageRing ring = new MessageRing("commands", 1024);
        while (offerPosition(ring, 1, 0)) {
            assertNotEquals(0, ring.bytesPending());
        }
        drainAll(ring);

        assertTrue(offerPosition(ring, 99, 3));
        // This claim wraps to the start of the buffer. Agrona's read stops at the end of the buffer, so today one
        // drain consumes only the padding record and the next one delivers the message; nothing may be lost.
        List<Message> drained = new ArrayList<>();
        for (int i = 0; i < 3 && ring.consumed() < ring.submitted(); i++) {
            drained.addAll(drainAll(ring));
        }

        assertEquals(List.of(new Message(MessageTypeIds.ENTITY_SET_POSITION,
                "handle=99 value=7 xyz=3.0,-2.5,1.0E300")), drained);
    }

    @Test
    void shouldLeaveNoMessageWhenClaimIsAborted() {
        MessageRing ring = new MessageRing("commands", 1024);
        int index = ring.tryClaim(MessageTypeIds.ENTITY_SET_POSITION, HandleCommandFlyweight.LENGTH);
        handleCommand.wrap(ring.buffer(), index).handle(5).xyz(1, 2, 3);
        ring.abort(index);

        assertEquals(List.of(), drainAll(ring));
        assertEquals(0, ring.submitted());
        assertEquals(0, ring.consumed());
    }

    @Test
    void shouldDeliverMessagesCommittedAfterAnAbortedClaim() {
        MessageRing ring = new MessageRing("commands", 1024);
        int index = ring.tryClaim(MessageTypeIds.ENTITY_SET_POSITION, HandleCommandFlyweight.LENGTH);
        ring.abort(index);
        offerPosition(ring, 6, 4);

        assertEquals(List.of(new Message(MessageTypeIds.ENTITY_SET_POSITION, "handle=6 value=7 xyz=4.0,-2.5,1.0E300")),
                drainAll(ring));
    }

    @Test
    void shouldDrainAtMostLimitMessages() {
        MessageRing ring = new MessageRing("commands", 1024);
        offerPosition(ring, 1, 0);
        offerPosition(ring, 2, 0);
        offerPosition(ring, 3, 0);
        List<Long> handles = new ArrayList<>();

        int count = ring.drain((typeId, buffer, index, length) -> handles.add(handleCommand.wrap(buffer, index)
                .handle()), 2);

        assertEquals(2, count);
        assertEquals(List.of(1L, 2L), handles);
        assertEquals(1, drainAll(ring).size());
    }

    @Test
    void shouldRejectCapacityThatIsNotPowerOfTwoNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MessageRing("c", 1000));

        assertTrue(e.getMessage().contains("capacityBytes=1000"), e.getMessage());
    }

    @Test
    void shouldRejectCapacityBelowMinimumNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MessageRing("c", 512));

        assertTrue(e.getMessage().contains("capacityBytes=512"), e.getMessage());
    }

    @Test
    void shouldReportNameAndCapacity() {
        MessageRing ring = new MessageRing("events", 1 << 14);

        assertEquals("events", ring.name());
        assertEquals(1 << 14, ring.capacity());
    }

    @Test
    void shouldStopABudgetedDrainWhenItsTimeRunsOutAndKeepTheRestInOrder() {
        MessageRing ring = new MessageRing("commands", 1 << 12);
        for (int i = 1; i <= 10; i++) {
            offerPosition(ring, i, 0);
        }
        List<Long> handles = new ArrayList<>();
        int first = ring.drain((typeId, buffer, index, length) -> handles.add(handleCommand.wrap(buffer, index)
                .handle()), 10, 0);
        assertEquals(1, first, "a spent budget still completes the message in hand, then stops");
        assertEquals(1, ring.budgetStops());
        int rest = ring.drain((typeId, buffer, index, length) -> handles.add(handleCommand.wrap(buffer, index)
                .handle()), 10, 1_000_000_000L);
        assertEquals(9, rest);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), handles, "nothing lost or reordered");
        assertEquals(1, ring.budgetStops(), "a drain that finished in time is no budget stop");
        assertEquals(10, ring.consumed());
    }

    @Test
    void shouldReportTheFullestRingSeenByABudgetedDrain() {
        MessageRing ring = new MessageRing("commands", 1024);
        while (offerPosition(ring, 1, 0)) {
            assertTrue(ring.utilisation() <= 1.0);
        }
        double full = ring.utilisation();
        assertTrue(full > 0.9, "a full ring is nearly 100 % used: " + full);
        ring.drain((typeId, buffer, index, length) -> { }, Integer.MAX_VALUE, 1_000_000_000L);
        assertEquals(0.0, ring.utilisation());
        assertEquals(full, ring.maxUtilisation(), 1e-9);
    }
}
