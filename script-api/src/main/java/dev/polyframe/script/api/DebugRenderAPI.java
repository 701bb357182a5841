package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.DebugLineFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.nio.charset.StandardCharsets;

/**
 * Debug drawing for scripts, language-neutral (seed 000 DebugRenderAPI): encodes text and line primitives.
 *
 * <p>Script worker thread only. Durations in seconds of game time; 0 means one script frame: the primitive shows
 * on every main frame until the script's next frame has ended and replaced it, so immediate-mode drawing from
 * {@code update}/{@code render} never flickers when the script runs slower than the main loop.
 */
public final class DebugRenderAPI {
    /** Longest debug text, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 4096;

    private final CommandEncoder commands;

    DebugRenderAPI(CommandEncoder commands) {
        this.commands = commands;
    }

    /**
     * Draws screen-space text.
     *
     * @param x pixels from the left edge
     * @param y pixels from the top edge
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @param durationSeconds how long to show it, seconds; 0 = one script frame
     * @param size text height in pixels
     * @throws ScriptApiException of kind RANGE when the text is longer than {@link #MAX_TEXT_BYTES}, QUEUE_FULL
     *     when the command ring is full
     */
    public void text(String text, double x, double y, int rgba, double durationSeconds, double size) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_TEXT_BYTES) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, "debug.text", "text=\""
                    + text.substring(0, 16) + "...\" (" + utf8.length + " bytes in UTF-8) must be at most "
                    + MAX_TEXT_BYTES + " bytes");
        }
        int index = commands.claim("debug.text", MessageTypeIds.DEBUG_TEXT, DebugTextFlyweight.length(utf8.length));
        boolean written = false;
        try {
            commands.debugText(index).set(rgba, durationSeconds, size, x, y, utf8);
            written = true;
        } finally {
            commands.finish(index, written);
        }
    }

    /**
     * Draws a world-space line.
     *
     * @param points six doubles: x0, y0, z0, x1, y1, z1 in world units
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @param durationSeconds how long to show it, seconds; 0 = one script frame
     */
    public void line(double[] points, int rgba, double durationSeconds) {
        int index = commands.claim("debug.line", MessageTypeIds.DEBUG_LINE, DebugLineFlyweight.LENGTH);
        boolean written = false;
        try {
            DebugLineFlyweight line = commands.debugLine(index).set(rgba, durationSeconds);
            for (int i = 0; i < 6; i++) {
                line.point(i, points[i]);
            }
            written = true;
        } finally {
            commands.finish(index, written);
        }
    }

    /** Removes every debug primitive, including long-lived ones. */
    public void clear() {
        commands.handleCommand("debug.clear", MessageTypeIds.DEBUG_CLEAR, 0, 0, 0, 0, 0);
    }
}
