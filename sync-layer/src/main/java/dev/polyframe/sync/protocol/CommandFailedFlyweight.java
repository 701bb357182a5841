package dev.polyframe.sync.protocol;

import org.agrona.MutableDirectBuffer;

/**
 * Body of {@link MessageTypeIds#EVENT_COMMAND_FAILED}: a command the script submitted could not be applied on the
 * main thread.
 *
 * <pre>
 *   0            8                 12               16
 *   +------------+-----------------+----------------+--------------------+
 *   | handle i64 | command type id | length (int32) | UTF-8 reason bytes |
 *   +------------+-----------------+----------------+--------------------+
 * </pre>
 *
 * <p>Not thread-safe: each thread wraps its own instance.
 */
public final class CommandFailedFlyweight {
    /** Offset of the handle the command targeted (0 when none). */
    public static final int HANDLE_OFFSET = 0;
    /** Offset of the failed command's type id. */
    public static final int COMMAND_OFFSET = 8;
    /** Offset of the length-prefixed reason. */
    public static final int REASON_OFFSET = 12;

    private MutableDirectBuffer buffer;
    private int offset;

    /** @return bytes needed for a body whose reason encodes to {@code utf8Length} bytes */
    public static int length(int utf8Length) {
        return REASON_OFFSET + Integer.BYTES + utf8Length;
    }

    /** @return this, pointed at a body */
    public CommandFailedFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the handle the failed command targeted */
    public long handle() {
        return buffer.getLong(offset + HANDLE_OFFSET);
    }

    /** @return the failed command's type id */
    public int commandType() {
        return buffer.getInt(offset + COMMAND_OFFSET);
    }

    /** @return the reason (allocates a {@code String}) */
    public String reason() {
        return buffer.getStringUtf8(offset + REASON_OFFSET);
    }

    /** @return this, with every field written; the caller claimed {@link #length(int)} bytes */
    public CommandFailedFlyweight set(long handle, int commandType, byte[] reasonUtf8) {
        buffer.putLong(offset + HANDLE_OFFSET, handle);
        buffer.putInt(offset + COMMAND_OFFSET, commandType);
        buffer.putInt(offset + REASON_OFFSET, reasonUtf8.length);
        buffer.putBytes(offset + REASON_OFFSET + Integer.BYTES, reasonUtf8);
        return this;
    }
}
