package dev.polyframe.ecs;

import com.artemis.World;
import dev.polyframe.ecs.component.DebugPrimitive;
import java.util.function.Supplier;

/**
 * The F3 debug overlay: engine figures (FPS, frame-time p99, script frame time, entities, commands per frame,
 * snapshot dirty ratio, frame skips, script errors, script mode) as one engine-owned screen-text
 * {@link DebugPrimitive} at the top left ({@value #X}, {@value #Y} pixels), drawn by whatever renderer draws debug
 * text. No script is involved: the engine toggles it from a hotkey on the main thread.
 *
 * <p>Allocation: the text is rebuilt in a reused {@link StringBuilder} every {@value #REFRESH_FRAMES} main frames
 * (4 times a second at 60 Hz) — one {@link EngineStats} and one string per refresh, nothing in the frames between.
 *
 * <p>Main thread only.
 */
final class DebugOverlay {
    /** Main frames between two text refreshes. */
    static final int REFRESH_FRAMES = 15;
    /** Left edge of the text, pixels. */
    static final double X = 10;
    /** Top edge of the text, pixels: below the two 16 px header lines games (the samples) draw at the very top. */
    static final double Y = 64;
    /** Glyph height, pixels (readable at 16 px, issue #4). */
    static final double SIZE = 16;
    /** Pale green, opaque, {@code 0xRRGGBBAA}: distinct from the white and yellow text the samples draw. */
    static final int COLOR = 0x9CFF9CFF;

    private final World world;
    private final Supplier<EngineStats> stats;
    private final StringBuilder text = new StringBuilder(320);
    private DebugPrimitive primitive;
    private int entityId = -1;
    private long lastFrames;
    private long lastApplied;

    /**
     * @param world the world the overlay's text entity lives in
     * @param stats the engine's figures, read at each refresh
     */
    DebugOverlay(World world, Supplier<EngineStats> stats) {
        this.world = world;
        this.stats = stats;
    }

    /** Shows the overlay when hidden, hides it when shown. Main thread, outside {@code world.process()}. */
    void toggle() {
        if (primitive == null) {
            entityId = world.create();
            primitive = world.getMapper(DebugPrimitive.class).create(entityId);
            primitive.kind = DebugPrimitive.Kind.SCREEN_TEXT;
            primitive.engineOwned = true;
            primitive.x0 = X;
            primitive.y0 = Y;
            primitive.size = SIZE;
            primitive.rgba = COLOR;
            refresh();
        } else {
            world.delete(entityId);
            primitive = null;
            entityId = -1;
        }
    }

    /** @return whether the overlay is shown */
    boolean visible() {
        return primitive != null;
    }

    /** @return the text shown, or {@code ""} when hidden */
    String text() {
        return primitive == null ? "" : primitive.text;
    }

    /** Refreshes the text every {@value #REFRESH_FRAMES} frames while shown. Main thread, each frame. */
    void update(long frame) {
        if (primitive != null && frame % REFRESH_FRAMES == 0) {
            refresh();
        }
    }

    private void refresh() {
        EngineStats s = stats.get();
        long frames = s.frames() - lastFrames;
        double commandsPerFrame = frames <= 0 ? 0 : (double) (s.commandsApplied() - lastApplied) / frames;
        lastFrames = s.frames();
        lastApplied = s.commandsApplied();
        text.setLength(0);
        text.append("FPS ");
        fixed(s.fps(), 1);
        text.append("   frame p99 ");
        fixed(s.frameTimeP99Ms(), 1);
        text.append(" ms\nscript frame p50 ");
        fixed(s.scriptFrameP50Ms(), 2);
        text.append(" / p99 ");
        fixed(s.scriptFrameP99Ms(), 2);
        text.append(" ms\nentities ").append(s.entities()).append("   commands/frame ");
        fixed(commandsPerFrame, 1);
        text.append("\nsnapshot dirty ratio ");
        fixed(s.dirtyRatioAvg(), 2);
        text.append("   frame skips ").append(s.frameSkips());
        text.append("\nscript errors ").append(s.scriptErrors()).append("   script mode ").append(s.scriptMode());
        text.append("\nreloads ").append(s.reloads()).append(" (failed ").append(s.reloadFailures())
                .append(")   watchdog interrupts ").append(s.watchdogInterrupts());
        if (s.scriptPaused()) {
            text.append("   PAUSED");
        }
        if (!s.lastScriptError().isEmpty()) {
            text.append("\nlast error ").append(s.lastScriptError());
        }
        primitive.text = text.toString();
    }

    /** Appends {@code value} with {@code decimals} digits after the point, without String.format's garbage. */
    private void fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            text.append('-');
            return;
        }
        long scale = decimals == 1 ? 10 : 100;
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        text.append(scaled / scale).append('.');
        long fraction = scaled % scale;
        if (decimals == 2 && fraction < 10) {
            text.append('0');
        }
        text.append(fraction);
    }
}
