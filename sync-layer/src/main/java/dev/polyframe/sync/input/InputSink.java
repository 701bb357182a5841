package dev.polyframe.sync.input;

/**
 * Where a window delivers raw keyboard and mouse events. Main thread only: window callbacks (GLFW calls them from
 * {@code glfwPollEvents}) and Java injection run on the thread that owns the engine.
 *
 * <p>Out-of-range codes and non-finite coordinates are ignored (a window may report keys it has no code for), never
 * thrown: these calls sit on the event path of every frame.
 */
public interface InputSink {

    /**
     * A key went down or up. Repeats of the current state (down while down) are ignored, so a key-repeat event never
     * counts as a second press.
     *
     * @param keyCode a GLFW key code, 0 to {@link Keys#KEY_COUNT} - 1
     * @param down {@code true} for press, {@code false} for release
     */
    void key(int keyCode, boolean down);

    /**
     * The cursor moved. The first report sets the position without a delta (a cursor entering the window is no
     * motion); later reports add their difference to the accumulated delta.
     *
     * @param x pixels from the left edge of the window's content area
     * @param y pixels from the top edge
     */
    void mouseMoved(double x, double y);

    /**
     * A mouse button went down or up; repeats of the current state are ignored.
     *
     * @param button a GLFW mouse button code, 0 to {@link Keys#BUTTON_COUNT} - 1
     * @param down {@code true} for press
     */
    void mouseButton(int button, boolean down);

    /**
     * The wheel turned.
     *
     * @param steps vertical scroll offset as GLFW reports it: positive away from the user (up), one notch is 1 on
     *     most mice
     */
    void scrolled(double steps);
}
