package dev.polyframe.sync.input;

/**
 * Keyboard and mouse input, double-buffered like the entity snapshot: the main thread records events into the live
 * state ({@link InputSink}), and {@link #publish()} copies it into the {@link #front()} section the script worker
 * reads, with the presses, releases, motion and wheel that happened since the previous publish.
 *
 * <p>Edges are counted with monotonic per-key and per-button counters: the live counters only grow, the publish
 * hands the worker the difference to the counters of the previous publish. An edge is therefore never lost however
 * many main frames pass between two script frames, and a tap (down and up within one main frame) reads as one press
 * and one release. {@link #keyPressCount(int)} exposes the live counter so main-thread consumers (engine hotkeys)
 * detect their own edges independently of the script's cadence.
 *
 * <p>Threads: every method but {@link #front()} is main thread only; {@link #publish()} only while the script worker
 * is idle ({@link dev.polyframe.sync.snapshot.SnapshotBuffers#publish} calls it, under the frame hand-off that
 * orders it against the worker's reads). Nothing allocates after construction.
 */
public final class InputBuffers implements InputSink {
    private final InputSnapshot front = new InputSnapshot();
    private final long[] keysDown = new long[front.keysDown.length];
    private final int[] keyPressCounts = new int[Keys.KEY_COUNT];
    private final int[] keyReleaseCounts = new int[Keys.KEY_COUNT];
    private final int[] publishedKeyPresses = new int[Keys.KEY_COUNT];
    private final int[] publishedKeyReleases = new int[Keys.KEY_COUNT];
    private final int[] buttonPressCounts = new int[Keys.BUTTON_COUNT];
    private final int[] buttonReleaseCounts = new int[Keys.BUTTON_COUNT];
    private final int[] publishedButtonPresses = new int[Keys.BUTTON_COUNT];
    private final int[] publishedButtonReleases = new int[Keys.BUTTON_COUNT];
    private int buttonsDown;
    private boolean hasPosition;
    private double mouseX;
    private double mouseY;
    private double pendingDx;
    private double pendingDy;
    private double pendingWheel;

    /** @return the published input section; script worker, during a script frame */
    public InputSnapshot front() {
        return front;
    }

    @Override
    public void key(int keyCode, boolean down) {
        if (keyCode < 0 || keyCode >= Keys.KEY_COUNT) {
            return;
        }
        int word = keyCode >>> 6;
        long bit = 1L << keyCode;
        boolean wasDown = (keysDown[word] & bit) != 0;
        if (down == wasDown) {
            return;
        }
        if (down) {
            keysDown[word] |= bit;
            keyPressCounts[keyCode]++;
        } else {
            keysDown[word] &= ~bit;
            keyReleaseCounts[keyCode]++;
        }
    }

    @Override
    public void mouseMoved(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (hasPosition) {
            pendingDx += x - mouseX;
            pendingDy += y - mouseY;
        }
        hasPosition = true;
        mouseX = x;
        mouseY = y;
    }

    @Override
    public void mouseButton(int button, boolean down) {
        if (button < 0 || button >= Keys.BUTTON_COUNT) {
            return;
        }
        int bit = 1 << button;
        if (down == ((buttonsDown & bit) != 0)) {
            return;
        }
        if (down) {
            buttonsDown |= bit;
            buttonPressCounts[button]++;
        } else {
            buttonsDown &= ~bit;
            buttonReleaseCounts[button]++;
        }
    }

    @Override
    public void scrolled(double steps) {
        if (Double.isFinite(steps)) {
            pendingWheel += steps;
        }
    }

    /** @return whether the key is down now (live state); main thread; {@code false} for an out-of-range code */
    public boolean keyDownNow(int keyCode) {
        return keyCode >= 0 && keyCode < Keys.KEY_COUNT && (keysDown[keyCode >>> 6] & (1L << keyCode)) != 0;
    }

    /**
     * @return presses of the key since creation (live, monotonic; wraps after 2^31); main thread; 0 for an
     *     out-of-range code
     */
    public int keyPressCount(int keyCode) {
        return keyCode >= 0 && keyCode < Keys.KEY_COUNT ? keyPressCounts[keyCode] : 0;
    }

    /**
     * Copies the live state into {@link #front()} with the edges, motion and wheel since the previous publish, then
     * starts a new accumulation period. Main thread, only while the script worker is idle. O(keys), no allocation.
     */
    public void publish() {
        InputSnapshot f = front;
        System.arraycopy(keysDown, 0, f.keysDown, 0, keysDown.length);
        for (int k = 0; k < Keys.KEY_COUNT; k++) {
            f.keyPresses[k] = keyPressCounts[k] - publishedKeyPresses[k];
            f.keyReleases[k] = keyReleaseCounts[k] - publishedKeyReleases[k];
        }
        System.arraycopy(keyPressCounts, 0, publishedKeyPresses, 0, Keys.KEY_COUNT);
        System.arraycopy(keyReleaseCounts, 0, publishedKeyReleases, 0, Keys.KEY_COUNT);
        for (int b = 0; b < Keys.BUTTON_COUNT; b++) {
            f.buttonPresses[b] = buttonPressCounts[b] - publishedButtonPresses[b];
            f.buttonReleases[b] = buttonReleaseCounts[b] - publishedButtonReleases[b];
        }
        System.arraycopy(buttonPressCounts, 0, publishedButtonPresses, 0, Keys.BUTTON_COUNT);
        System.arraycopy(buttonReleaseCounts, 0, publishedButtonReleases, 0, Keys.BUTTON_COUNT);
        f.buttonsDown = buttonsDown;
        f.mouseX = mouseX;
        f.mouseY = mouseY;
        f.mouseDx = pendingDx;
        f.mouseDy = pendingDy;
        f.wheel = pendingWheel;
        pendingDx = 0;
        pendingDy = 0;
        pendingWheel = 0;
        f.publishes++;
    }
}
