package dev.polyframe.sync.input;

/**
 * The input section of the published snapshot: keyboard and mouse state as of the last publish, plus what happened
 * between the previous publish and that one (presses, releases, cursor motion, wheel). The engine publishes exactly
 * once before each script frame, so "since the previous publish" is "since the previous script frame": an edge is
 * never lost when the script runs slower than the main loop, and a key pressed and released within one main frame
 * still reads as pressed (and released).
 *
 * <p>Fixed size, allocation-free: a key-down bitset, per-key press and release counts, cursor position and deltas,
 * a button bitset and per-button counts.
 *
 * <p>Threads: the script worker reads it during a script frame; {@link InputBuffers#publish()} overwrites it on the
 * main thread only while the worker is idle (the frame hand-off orders the two, as for the entity snapshot), so a
 * script frame never sees a torn or changing input state.
 */
public final class InputSnapshot {
    private static final int WORDS = (Keys.KEY_COUNT + 63) / 64;

    final long[] keysDown = new long[WORDS];
    final int[] keyPresses = new int[Keys.KEY_COUNT];
    final int[] keyReleases = new int[Keys.KEY_COUNT];
    final int[] buttonPresses = new int[Keys.BUTTON_COUNT];
    final int[] buttonReleases = new int[Keys.BUTTON_COUNT];
    int buttonsDown;
    double mouseX;
    double mouseY;
    double mouseDx;
    double mouseDy;
    double wheel;
    long publishes;

    InputSnapshot() {
    }

    /**
     * @param keyCode a key code from {@link Keys#keyCode(String)}, 0 to {@link Keys#KEY_COUNT} - 1 (not checked)
     * @return whether the key was down at the publish
     */
    public boolean keyDown(int keyCode) {
        return (keysDown[keyCode >>> 6] & (1L << keyCode)) != 0;
    }

    /** @return how often the key went down between the previous publish and the last one (not checked) */
    public int keyPresses(int keyCode) {
        return keyPresses[keyCode];
    }

    /** @return how often the key went up between the previous publish and the last one (not checked) */
    public int keyReleases(int keyCode) {
        return keyReleases[keyCode];
    }

    /** @return whether the button (0 to {@link Keys#BUTTON_COUNT} - 1, not checked) was down at the publish */
    public boolean buttonDown(int button) {
        return (buttonsDown & (1 << button)) != 0;
    }

    /** @return how often the button went down between the previous publish and the last one */
    public int buttonPresses(int button) {
        return buttonPresses[button];
    }

    /** @return how often the button went up between the previous publish and the last one */
    public int buttonReleases(int button) {
        return buttonReleases[button];
    }

    /** @return cursor x at the publish, pixels from the left edge of the window's content area (0 before any report) */
    public double mouseX() {
        return mouseX;
    }

    /** @return cursor y at the publish, pixels from the top edge (0 before any report) */
    public double mouseY() {
        return mouseY;
    }

    /** @return cursor motion along x between the previous publish and the last one, pixels (right is positive) */
    public double mouseDx() {
        return mouseDx;
    }

    /** @return cursor motion along y between the previous publish and the last one, pixels (down is positive) */
    public double mouseDy() {
        return mouseDy;
    }

    /** @return wheel steps between the previous publish and the last one, positive away from the user */
    public double wheel() {
        return wheel;
    }

    /** @return publishes so far (0: no input published yet) */
    public long publishes() {
        return publishes;
    }
}
