package dev.polyframe.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.api.ApiFixture.Command;
import dev.polyframe.script.api.ApiFixture.HandleCommand;
import dev.polyframe.script.api.ApiFixture.MeshCommand;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A full command ring fails the call with QUEUE_FULL and never drops an accepted command. */
class CommandEncoderTest {
    private static final int SMALL_RING = 1024;

    private final ApiFixture fixture = new ApiFixture(SMALL_RING);
    private final long handle = fixture.createCube();

    /** Calls setPosition with x = 0, 1, 2, ... until the ring is full; returns the failure and the count. */
    private int fillWithSetPosition(ScriptApiException[] failure) {
        for (int i = 0; i < SMALL_RING; i++) {
            try {
                fixture.call("entity.setPosition", handle, List.of(i, 0, 0));
            } catch (ScriptApiException e) {
                failure[0] = e;
                return i;
            }
        }
        throw new AssertionError("the ring never filled up");
    }

    @Test
    void shouldFailWithQueueFullNamingCapacityWhenRingIsFull() {
        ScriptApiException[] failure = new ScriptApiException[1];
        fillWithSetPosition(failure);

        assertEquals(ScriptApiException.Kind.QUEUE_FULL, failure[0].kind());
        assertEquals("entity.setPosition", failure[0].method());
        assertTrue(failure[0].getMessage().contains("entity.setPosition: command queue full (capacity 1024)"),
                failure[0].getMessage());
    }

    @Test
    void shouldDeliverEveryAcceptedCommandInOrderAfterQueueFull() {
        int accepted = fillWithSetPosition(new ScriptApiException[1]);

        List<Command> drained = fixture.drain();

        assertTrue(accepted > 0, "some commands fit");
        assertEquals(accepted + 1, drained.size(), "create plus every accepted setPosition");
        assertInstanceOf(MeshCommand.class, drained.get(0));
        for (int i = 0; i < accepted; i++) {
            assertEquals(new HandleCommand(MessageTypeIds.ENTITY_SET_POSITION, handle, 0, i, 0, 0),
                    drained.get(i + 1), "command " + i);
        }
    }

    @Test
    void shouldCommitNothingForTheRejectedCall() {
        int accepted = fillWithSetPosition(new ScriptApiException[1]);

        assertEquals(accepted + 1, fixture.ring.submitted());
        assertEquals(1, fixture.ring.rejected());
    }

    @Test
    void shouldNotCreateEntityWhenQueueIsFull() {
        fillWithSetPosition(new ScriptApiException[1]);

        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> fixture.call("entity.createMesh", "cube"));

        assertEquals(ScriptApiException.Kind.QUEUE_FULL, e.kind());
        assertFalse(fixture.apis.entity().exists(handle + 1), "a handle went live without its create command");
    }

    @Test
    void shouldAcceptCommandsAgainAfterMainThreadDrains() {
        fillWithSetPosition(new ScriptApiException[1]);
        fixture.drain();

        fixture.call("entity.setPosition", handle, List.of(7, 8, 9));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENTITY_SET_POSITION, handle, 0, 7, 8, 9)),
                fixture.drain());
    }
}
