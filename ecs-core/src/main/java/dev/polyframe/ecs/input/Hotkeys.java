package dev.polyframe.ecs.input;

import dev.polyframe.sync.input.InputBuffers;
import dev.polyframe.sync.input.Keys;
import java.util.Arrays;

/**
 * Engine hotkeys: main-thread actions bound to a key (F3 toggles the debug overlay; hot reload can bind F5), fired
 * once per press at the start of the main frame after the press, whatever the script does and however slowly it
 * runs. Edges come from the live monotonic press counters ({@link InputBuffers#keyPressCount}), so a press between
 * two frames is never missed and never fires twice. Scripts still see the key.
 *
 * <p>Main thread only. {@link #poll()} allocates nothing.
 */
public final class Hotkeys {
    private final InputBuffers input;
    private int[] codes = new int[0];
    private int[] seenPresses = new int[0];
    private Runnable[] actions = new Runnable[0];

    /** @param input the engine's live input */
    public Hotkeys(InputBuffers input) {
        this.input = input;
    }

    /**
     * Binds an action to a key; a key may have several actions, run in binding order.
     *
     * @param key a key name of {@link Keys}, for example {@code "F3"}
     * @param action runs on the main thread once per press; exceptions propagate out of the main loop
     * @throws IllegalArgumentException naming the key when it is no key name
     */
    public void bind(String key, Runnable action) {
        int code = Keys.keyCode(key);
        if (code < 0) {
            throw new IllegalArgumentException("Hotkeys.bind: key=\"" + key + "\" is not a key name");
        }
        int n = codes.length;
        codes = Arrays.copyOf(codes, n + 1);
        seenPresses = Arrays.copyOf(seenPresses, n + 1);
        actions = Arrays.copyOf(actions, n + 1);
        codes[n] = code;
        seenPresses[n] = input.keyPressCount(code);
        actions[n] = action;
    }

    /** Runs the action of every bound key once per press since the previous poll. Main thread. */
    public void poll() {
        for (int i = 0; i < codes.length; i++) {
            int presses = input.keyPressCount(codes[i]);
            while (seenPresses[i] != presses) {
                seenPresses[i]++;
                actions[i].run();
            }
        }
    }
}
