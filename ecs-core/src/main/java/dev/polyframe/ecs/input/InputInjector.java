package dev.polyframe.ecs.input;

import dev.polyframe.sync.input.InputSink;
import dev.polyframe.sync.input.Keys;

/**
 * Injects keyboard and mouse events by name into the engine's live input, exactly as the window's callbacks do, for
 * tests, tools and headless runs (the null renderer and the headless GL window have no real input). Events are
 * recorded at once; scripts see them after the next snapshot publish, the engine's hotkeys at the next frame start.
 *
 * <p>Main thread only: call it from a {@link FrameStartListener} (the engine calls listeners at the start of every
 * main frame, before the hand-off), so scripted input lands at a known point of the frame and runs are
 * deterministic.
 */
public final class InputInjector {
    private final InputSink sink;

    /** @param sink where events go: the engine's {@code SnapshotBuffers.input()} */
    public InputInjector(InputSink sink) {
        this.sink = sink;
    }

    /**
     * Presses a key (ignored while it is already down).
     *
     * @param name a key name of {@link Keys}, for example {@code "W"}, {@code "SPACE"}, {@code "F3"}
     * @throws IllegalArgumentException naming the method and value when {@code name} is no key name
     */
    public void keyDown(String name) {
        sink.key(keyCode("keyDown", name), true);
    }

    /**
     * Releases a key (ignored while it is up).
     *
     * @throws IllegalArgumentException when {@code name} is no key name
     */
    public void keyUp(String name) {
        sink.key(keyCode("keyUp", name), false);
    }

    /**
     * Presses and releases a key within this frame: scripts see one press and one release, the key not down.
     *
     * @throws IllegalArgumentException when {@code name} is no key name
     */
    public void tap(String name) {
        int code = keyCode("tap", name);
        sink.key(code, true);
        sink.key(code, false);
    }

    /**
     * Moves the cursor. The first move sets the position without a delta.
     *
     * @param x pixels from the left edge of the window's content area
     * @param y pixels from the top edge
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public void mouseMove(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("InputInjector.mouseMove: x=" + x + ", y=" + y + " must be finite");
        }
        sink.mouseMoved(x, y);
    }

    /**
     * Presses or releases a mouse button.
     *
     * @param button {@code "left"}, {@code "right"} or {@code "middle"}
     * @param down {@code true} to press
     * @throws IllegalArgumentException for any other button name
     */
    public void mouseButton(String button, boolean down) {
        int code = Keys.buttonCode(button);
        if (code < 0) {
            throw new IllegalArgumentException("InputInjector.mouseButton: button=\"" + button
                    + "\" must be \"left\", \"right\" or \"middle\"");
        }
        sink.mouseButton(code, down);
    }

    /**
     * Turns the wheel.
     *
     * @param steps wheel steps, positive away from the user (scroll up)
     * @throws IllegalArgumentException when {@code steps} is not finite
     */
    public void scroll(double steps) {
        if (!Double.isFinite(steps)) {
            throw new IllegalArgumentException("InputInjector.scroll: steps=" + steps + " must be finite");
        }
        sink.scrolled(steps);
    }

    private static int keyCode(String method, String name) {
        int code = Keys.keyCode(name);
        if (code < 0) {
            throw new IllegalArgumentException("InputInjector." + method + ": name=\"" + name
                    + "\" is not a key name (see dev.polyframe.sync.input.Keys)");
        }
        return code;
    }
}
