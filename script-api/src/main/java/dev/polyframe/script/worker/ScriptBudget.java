package dev.polyframe.script.worker;

/**
 * The watchdog's limits for one game. Immutable, thread-safe.
 *
 * <p>Why 250 ms by default: a healthy script frame takes 1-10 ms even interpreted (README, {@code bench backends}:
 * p99 under 10 ms in every language), and a GraalPy or GraalJS interpreter hiccup (GC, first-time code) adds tens of
 * milliseconds; 250 ms is 15 frames at 60 Hz, far above both, so only a real hang trips it, while a hung script is
 * still stopped within a quarter of a second — before a player decides the game froze. Loading (top-level code and
 * {@code init()}) gets {@code loadMillis}, 5 s by default, because it may legitimately build a level. The first
 * {@code warmupFrames} script frames after it (600 by default, 10 s at 60 Hz) get {@link #warmupMillis()} (8x the
 * frame budget, 2 s by default): an interpreted GraalPy or GraalJS runs each code path slowly the first time (frames of
 * 250-400 ms measured for GraalPy on a loaded 2-core machine), and with the Graal JIT a frame can stall while the
 * compiler competes for the cores during its warm-up (8-11 s on 2 cores, RECIPES.md; GraalPy protogame frames of about
 * 950 ms seen in CI at script frame 48). A script that runs away during warm-up is stopped within 2 s, and one that
 * runs away from its first frame is
 * paused within {@code pauseAfter} times 2 s.
 *
 * @param frameMillis most time one script frame (events, callbacks, {@code update}, {@code render}) may run,
 *     milliseconds; 0 turns the watchdog off
 * @param loadMillis most time the first script frame (load, top-level code, {@code init()}) may run, milliseconds;
 *     0 turns the watchdog off for it
 * @param pauseAfter consecutive interrupted frames after which the script is paused until reloaded, &gt;= 1
 * @param warmupFrames script frames after the loading frame that get {@link #warmupMillis()}, &gt;= 0
 */
public record ScriptBudget(long frameMillis, long loadMillis, int pauseAfter, int warmupFrames) {
    /** Default frame budget, milliseconds. */
    public static final long DEFAULT_FRAME_MILLIS = 250;
    /** Default load budget, milliseconds. */
    public static final long DEFAULT_LOAD_MILLIS = 5_000;
    /** Default number of consecutive overruns before the script is paused. */
    public static final int DEFAULT_PAUSE_AFTER = 3;
    /** Default number of warm-up frames after loading that get {@link #warmupMillis()}. */
    public static final int DEFAULT_WARMUP_FRAMES = 600;
    /** How many frame budgets a warm-up frame gets. */
    public static final int WARMUP_FACTOR = 8;

    /** @throws IllegalArgumentException naming the field and value when one is out of range */
    public ScriptBudget {
        if (frameMillis < 0 || loadMillis < 0) {
            throw new IllegalArgumentException("ScriptBudget: frameMillis=" + frameMillis + ", loadMillis="
                    + loadMillis + " must be >= 0");
        }
        if (warmupFrames < 0) {
            throw new IllegalArgumentException("ScriptBudget: warmupFrames=" + warmupFrames + " must be >= 0");
        }
        if (pauseAfter < 1) {
            throw new IllegalArgumentException("ScriptBudget: pauseAfter=" + pauseAfter + " must be >= 1");
        }
    }

    /**
     * A budget without warm-up frames (tests that time the second frame on).
     *
     * @param frameMillis as the canonical constructor
     * @param loadMillis as the canonical constructor
     * @param pauseAfter as the canonical constructor
     */
    public ScriptBudget(long frameMillis, long loadMillis, int pauseAfter) {
        this(frameMillis, loadMillis, pauseAfter, 0);
    }

    /**
     * @return 250 ms per frame, 5 s for loading, 2 s for each of the 600 frames after it, pause after 3 overruns in a
     *     row
     */
    public static ScriptBudget defaults() {
        return new ScriptBudget(DEFAULT_FRAME_MILLIS, DEFAULT_LOAD_MILLIS, DEFAULT_PAUSE_AFTER, DEFAULT_WARMUP_FRAMES);
    }

    /**
     * @return the budget of a warm-up frame: {@value #WARMUP_FACTOR}x {@code frameMillis}, at most {@code loadMillis},
     *     milliseconds
     */
    public long warmupMillis() {
        return loadMillis == 0 ? frameMillis : Math.min(loadMillis, WARMUP_FACTOR * frameMillis);
    }

    /**
     * @param loaded whether the script's loading frame (top level, {@code init()}) has run
     * @param scriptFrame the 1-based script frame about to run
     * @return the budget of that frame, milliseconds; 0 when the watchdog is off for it
     */
    public long millisFor(boolean loaded, long scriptFrame) {
        if (!loaded) {
            return loadMillis;
        }
        return scriptFrame <= warmupFrames + 1L ? warmupMillis() : frameMillis;
    }

    /** @return a copy with another frame budget, milliseconds (0 turns the watchdog off for frames) */
    public ScriptBudget withFrameMillis(long millis) {
        return new ScriptBudget(millis, loadMillis, pauseAfter, warmupFrames);
    }
}
