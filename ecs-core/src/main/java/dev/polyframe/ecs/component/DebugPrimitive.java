package dev.polyframe.ecs.component;

import com.artemis.Component;

/**
 * A short-lived debug primitive: a world line, box or sphere wireframe, or text anchored on the screen or at a world
 * point. Owned by the main thread.
 */
public class DebugPrimitive extends Component {
    /** What to draw. */
    public enum Kind {
        /** A world-space line from {@code (x0, y0, z0)} to {@code (x1, y1, z1)}, world units. */
        LINE,
        /** Screen-space text at {@code (x0, y0)}, pixels from the top-left corner. */
        SCREEN_TEXT,
        /**
         * Text whose top-left corner is anchored at the world point {@code (x0, y0, z0)} (world units), drawn
         * {@code size} pixels tall facing the screen; hidden while the point is behind the world camera.
         */
        WORLD_TEXT,
        /**
         * Axis-aligned wireframe box centred on {@code (x0, y0, z0)} with full edge lengths {@code (x1, y1, z1)},
         * world units.
         */
        BOX,
        /** Wireframe sphere centred on {@code (x0, y0, z0)} with radius {@code x1}, world units. */
        SPHERE
    }

    /** What to draw. */
    public Kind kind = Kind.LINE;
    /** Start point (lines), centre (boxes, spheres), anchor (world text) in world units; screen text: pixels. */
    public double x0;
    /** See {@link #x0}. */
    public double y0;
    /** See {@link #x0}; unused for screen text. */
    public double z0;
    /** End point of a line, edge length of a box along X, or radius of a sphere; world units. */
    public double x1;
    /** See {@link #x1}. */
    public double y1;
    /** See {@link #x1}. */
    public double z1;
    /** Colour packed as {@code 0xRRGGBBAA}. */
    public int rgba = 0xFFFFFFFF;
    /** Text height in pixels (screen and world text). */
    public double size = 16.0;
    /** The text (text only); never {@code null} for text. */
    public String text = "";
    /**
     * Seconds of game time left to live, for primitives with a duration; removed once it reaches 0.
     */
    public double remainingSeconds;
    /**
     * Duration 0 ("one frame"): the primitive lives until the next script frame's commands have all been applied,
     * so it shows on every main frame in between and never flickers when the script runs slower than the main loop.
     */
    public boolean untilNextScriptFrame;
    /** Number of the script frame whose commands created it (1-based, counted by frame-end markers). */
    public long scriptFrame;
    /**
     * Created and removed by the engine itself (the F3 debug overlay): never aged, and neither a script frame's end
     * nor {@code debug.clear()} removes it.
     */
    public boolean engineOwned;
}
