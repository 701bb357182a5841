package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.DebugLineFlyweight;
import dev.polyframe.sync.protocol.DebugTextFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.nio.charset.StandardCharsets;

/**
 * Debug drawing for scripts, language-neutral (seed 000 DebugRenderAPI): encodes screen and world text, lines,
 * wireframe boxes and spheres.
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
        encodeText("debug.text", MessageTypeIds.DEBUG_TEXT, text, x, y, 0, rgba, durationSeconds, size);
    }

    /**
     * Draws text anchored at a world point: its top-left corner sits where the point projects, {@code size} pixels
     * tall, facing the screen; hidden while the point is behind the world camera.
     *
     * @param x world units
     * @param y world units
     * @param z world units
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @param durationSeconds how long to show it, seconds; 0 = one script frame
     * @param size text height in pixels
     * @throws ScriptApiException of kind RANGE when the text is longer than {@link #MAX_TEXT_BYTES}, QUEUE_FULL
     *     when the command ring is full
     */
    public void worldText(String text, double x, double y, double z, int rgba, double durationSeconds,
            double size) {
        encodeText("debug.worldText", MessageTypeIds.DEBUG_WORLD_TEXT, text, x, y, z, rgba, durationSeconds, size);
    }

    private void encodeText(String method, int typeId, String text, double x, double y, double z, int rgba,
            double durationSeconds, double size) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_TEXT_BYTES) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, "text=\""
                    + text.substring(0, 16) + "...\" (" + utf8.length + " bytes in UTF-8) must be at most "
                    + MAX_TEXT_BYTES + " bytes");
        }
        int index = commands.claim(method, typeId, DebugTextFlyweight.length(utf8.length));
        boolean written = false;
        try {
            commands.debugText(index).set(rgba, durationSeconds, size, x, y, z, utf8);
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
     * @throws ScriptApiException of kind QUEUE_FULL when the command ring is full
     */
    public void line(double[] points, int rgba, double durationSeconds) {
        encodeShape("debug.line", MessageTypeIds.DEBUG_LINE, points, rgba, durationSeconds);
    }

    /**
     * Draws an axis-aligned wireframe box (12 edges).
     *
     * @param centreAndSize six doubles: centre x, y, z then full edge lengths along X, Y, Z (each &gt; 0, checked
     *     by the script interface), world units
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @param durationSeconds how long to show it, seconds; 0 = one script frame
     * @throws ScriptApiException of kind QUEUE_FULL when the command ring is full
     */
    public void box(double[] centreAndSize, int rgba, double durationSeconds) {
        encodeShape("debug.box", MessageTypeIds.DEBUG_BOX, centreAndSize, rgba, durationSeconds);
    }

    /**
     * Draws a wireframe sphere (three great circles, on the XY, XZ and YZ planes).
     *
     * @param centreAndRadius six doubles: centre x, y, z, radius (&gt; 0, checked by the script interface), 0, 0;
     *     world units
     * @param rgba colour packed {@code 0xRRGGBBAA}
     * @param durationSeconds how long to show it, seconds; 0 = one script frame
     * @throws ScriptApiException of kind QUEUE_FULL when the command ring is full
     */
    public void sphere(double[] centreAndRadius, int rgba, double durationSeconds) {
        encodeShape("debug.sphere", MessageTypeIds.DEBUG_SPHERE, centreAndRadius, rgba, durationSeconds);
    }

    private void encodeShape(String method, int typeId, double[] values, int rgba, double durationSeconds) {
        int index = commands.claim(method, typeId, DebugLineFlyweight.LENGTH);
        boolean written = false;
        try {
            DebugLineFlyweight body = commands.debugLine(index).set(rgba, durationSeconds);
            for (int i = 0; i < 6; i++) {
                body.point(i, values[i]);
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
