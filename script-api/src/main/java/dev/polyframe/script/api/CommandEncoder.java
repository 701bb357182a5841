package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.BulkCommandFlyweight;
import dev.polyframe.sync.protocol.CreateCameraFlyweight;
import dev.polyframe.sync.protocol.CreateMeshFlyweight;
import dev.polyframe.sync.protocol.DebugLineFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;

/**
 * Claims room in the command ring for one command and hands out the flyweight to write it; a full ring becomes a
 * {@link ScriptApiException} of kind QUEUE_FULL at the call, so nothing accepted is ever dropped.
 *
 * <p>Usage: {@code int i = claim(method, type, length); boolean ok = false; try { write via flyweight; ok = true }
 * finally { finish(i, ok) }}: a claim is always committed or aborted, or it would block the reader.
 * Script worker thread only (the ring's single producer). No allocation.
 */
final class CommandEncoder {
    private final MessageRing ring;
    private final HandleCommandFlyweight handleCommand = new HandleCommandFlyweight();
    private final CreateMeshFlyweight createMesh = new CreateMeshFlyweight();
    private final CreateCameraFlyweight createCamera = new CreateCameraFlyweight();
    private final DebugLineFlyweight debugLine = new DebugLineFlyweight();
    private final DebugTextFlyweight debugText = new DebugTextFlyweight();
    private final BulkCommandFlyweight bulk = new BulkCommandFlyweight();

    CommandEncoder(MessageRing ring) {
        this.ring = ring;
    }

    /**
     * @return the index to write at
     * @throws ScriptApiException of kind QUEUE_FULL, naming the capacity, when the ring has no room; of kind RANGE
     *     when the message is longer than the ring ever takes
     */
    int claim(String method, int typeId, int length) {
        int index = ring.tryClaim(typeId, length);
        if (index == MessageRing.TOO_LONG) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, "command of " + length
                    + " bytes is longer than the command queue's largest message (" + ring.maxMessageLength()
                    + " bytes)");
        }
        if (index == MessageRing.FULL) {
            throw new ScriptApiException(ScriptApiException.Kind.QUEUE_FULL, method, "command queue full (capacity "
                    + ring.capacity() + "): nothing was enqueued; the capacity is in bytes, retry in a later frame");
        }
        return index;
    }

    /** Commits a fully written claim, or aborts one whose writing failed. */
    void finish(int index, boolean written) {
        if (written) {
            ring.commit(index);
        } else {
            ring.abort(index);
        }
    }

    /**
     * Writes a handle command in one go: claim, write, commit.
     *
     * @throws ScriptApiException of kind QUEUE_FULL when the ring has no room
     */
    void handleCommand(String method, int typeId, long handle, int value, double x, double y, double z) {
        int index = claim(method, typeId, HandleCommandFlyweight.LENGTH);
        boolean written = false;
        try {
            handleCommand.wrap(ring.buffer(), index).handle(handle).value(value).xyz(x, y, z);
            written = true;
        } finally {
            finish(index, written);
        }
    }

    /**
     * Writes a bulk command as few messages as the ring's largest message allows, all or nothing: room for every
     * message is checked before the first is claimed, so a full ring rejects the whole call.
     *
     * @param typeId a bulk type id ({@link MessageTypeIds#isBulk})
     * @param handles live handles, one per record
     * @param values for vector records three doubles per handle ({@code [x0, y0, z0, x1, ...]}); for colour records
     *     {@code null}
     * @param rgba for colour records one packed {@code 0xRRGGBBAA} per handle; otherwise {@code null}
     * @return messages written
     * @throws ScriptApiException of kind QUEUE_FULL when the ring has no room for all of them (nothing written)
     */
    int bulk(String method, int typeId, long[] handles, double[] values, int[] rgba) {
        int recordLength = BulkCommandFlyweight.recordLength(typeId);
        int perMessage = BulkCommandFlyweight.maxRecords(ring.maxMessageLength(), recordLength);
        int n = handles.length;
        int fullMessages = n / perMessage;
        int rest = n % perMessage;
        if (!ring.hasRoomFor(fullMessages, BulkCommandFlyweight.length(perMessage, recordLength),
                rest == 0 ? 0 : BulkCommandFlyweight.length(rest, recordLength))) {
            throw new ScriptApiException(ScriptApiException.Kind.QUEUE_FULL, method, "command queue full (capacity "
                    + ring.capacity() + " bytes) for " + n + " records: nothing was enqueued; retry in a later "
                    + "frame or send fewer per call");
        }
        int messages = 0;
        for (int start = 0; start < n; start += perMessage) {
            int count = Math.min(perMessage, n - start);
            int index = claim(method, typeId, BulkCommandFlyweight.length(count, recordLength));
            boolean written = false;
            try {
                BulkCommandFlyweight body = bulk.wrap(ring.buffer(), index, typeId).count(count);
                for (int i = 0; i < count; i++) {
                    int k = start + i;
                    if (rgba == null) {
                        body.vector(i, handles[k], values[3 * k], values[3 * k + 1], values[3 * k + 2]);
                    } else {
                        body.color(i, handles[k], rgba[k]);
                    }
                }
                written = true;
            } finally {
                finish(index, written);
            }
            messages++;
        }
        return messages;
    }

    CreateMeshFlyweight createMesh(int index) {
        return createMesh.wrap(ring.buffer(), index);
    }

    CreateCameraFlyweight createCamera(int index) {
        return createCamera.wrap(ring.buffer(), index);
    }

    DebugLineFlyweight debugLine(int index) {
        return debugLine.wrap(ring.buffer(), index);
    }

    DebugTextFlyweight debugText(int index) {
        return debugText.wrap(ring.buffer(), index);
    }
}
