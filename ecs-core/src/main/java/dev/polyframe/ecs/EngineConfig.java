package dev.polyframe.ecs;

import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.script.worker.ScriptBudget;

/**
 * How an {@link Engine} runs. Immutable and thread-safe; build with {@link #defaults()} and the {@code with*}
 * methods.
 *
 * @param targetHz main frames per second, and game time per frame is {@code 1 / targetHz} seconds
 * @param paced wait for each frame's slot (real-time play); {@code false} runs frames back to back
 * @param maxFrames stop after this many main frames of gameplay, counted from the end of the loading phase (the first
 *     completed script frame: runtime start, script load, {@code init()}); 0 for no limit
 * @param maxSeconds stop after this much gameplay time, seconds, counted the same way; 0 for no limit
 * @param commandRingBytes command ring capacity, a power of two, bytes
 * @param eventRingBytes event ring capacity, a power of two, bytes
 * @param entityCapacity most live entities the snapshot holds
 * @param drainBudgetMicros most main-thread time one frame spends applying commands, microseconds (&gt;= 1); the
 *     rest stay queued, in order, for the next frame, so a flooding script cannot stall the main loop
 * @param render window or offscreen surface settings
 * @param scriptBudget the runaway-script watchdog's limits ({@code game.json} {@code scriptBudgetMs})
 */
public record EngineConfig(int targetHz, boolean paced, long maxFrames, double maxSeconds, int commandRingBytes,
        int eventRingBytes, int entityCapacity, int drainBudgetMicros, RenderConfig render,
        ScriptBudget scriptBudget) {

    /** A configuration with the default {@link ScriptBudget}; the other parameters as the canonical constructor. */
    public EngineConfig(int targetHz, boolean paced, long maxFrames, double maxSeconds, int commandRingBytes,
            int eventRingBytes, int entityCapacity, int drainBudgetMicros, RenderConfig render) {
        this(targetHz, paced, maxFrames, maxSeconds, commandRingBytes, eventRingBytes, entityCapacity,
                drainBudgetMicros, render, ScriptBudget.defaults());
    }

    /**
     * @throws IllegalArgumentException naming the field and value when a value is out of range
     */
    public EngineConfig {
        if (targetHz < 1 || targetHz > 1000) {
            throw new IllegalArgumentException("EngineConfig: targetHz=" + targetHz + " must be in 1..1000");
        }
        if (maxFrames < 0 || !(maxSeconds >= 0)) {
            throw new IllegalArgumentException("EngineConfig: maxFrames=" + maxFrames + ", maxSeconds=" + maxSeconds
                    + " must be >= 0");
        }
        if (drainBudgetMicros < 1) {
            throw new IllegalArgumentException("EngineConfig: drainBudgetMicros=" + drainBudgetMicros
                    + " must be >= 1");
        }
        if (scriptBudget == null) {
            throw new IllegalArgumentException("EngineConfig: scriptBudget=null must be a budget");
        }
        if (entityCapacity < 1) {
            throw new IllegalArgumentException("EngineConfig: entityCapacity=" + entityCapacity + " must be >= 1");
        }
    }

    /**
     * @return 60 Hz, paced, unlimited, 1 MiB command ring, 256 KiB event ring, 65 536 entities, a 4 ms command drain
     *     budget (a quarter of the frame), the default {@link ScriptBudget} (250 ms per script frame), a 1280x720
     *     window
     *     without vsync (the engine paces itself; game time advances per frame, so a display-paced loop on a 144 Hz
     *     screen would run the game 2.4x fast)
     */
    public static EngineConfig defaults() {
        return new EngineConfig(60, true, 0, 0, 1 << 20, 1 << 18, 65_536, 4_000,
                new RenderConfig(1280, 720, false, false, "Polyframe"));
    }

    /** @return a copy that stops after {@code frames} main frames */
    public EngineConfig withMaxFrames(long frames) {
        return new EngineConfig(targetHz, paced, frames, maxSeconds, commandRingBytes, eventRingBytes,
                entityCapacity, drainBudgetMicros, render, scriptBudget);
    }

    /** @return a copy that stops after {@code seconds} of game time */
    public EngineConfig withMaxSeconds(double seconds) {
        return new EngineConfig(targetHz, paced, maxFrames, seconds, commandRingBytes, eventRingBytes,
                entityCapacity, drainBudgetMicros, render, scriptBudget);
    }

    /** @return a copy with pacing on or off */
    public EngineConfig withPaced(boolean pacedFrames) {
        return new EngineConfig(targetHz, pacedFrames, maxFrames, maxSeconds, commandRingBytes, eventRingBytes,
                entityCapacity, drainBudgetMicros, render, scriptBudget);
    }

    /** @return a copy with another command ring capacity, bytes (power of two) */
    public EngineConfig withCommandRingBytes(int bytes) {
        return new EngineConfig(targetHz, paced, maxFrames, maxSeconds, bytes, eventRingBytes, entityCapacity,
                drainBudgetMicros, render, scriptBudget);
    }

    /** @return a copy with another command drain budget, microseconds */
    public EngineConfig withDrainBudgetMicros(int micros) {
        return new EngineConfig(targetHz, paced, maxFrames, maxSeconds, commandRingBytes, eventRingBytes,
                entityCapacity, micros, render, scriptBudget);
    }

    /** @return a copy with other render settings */
    public EngineConfig withRender(RenderConfig renderConfig) {
        return new EngineConfig(targetHz, paced, maxFrames, maxSeconds, commandRingBytes, eventRingBytes,
                entityCapacity, drainBudgetMicros, renderConfig, scriptBudget);
    }

    /** @return a copy with other watchdog limits */
    public EngineConfig withScriptBudget(ScriptBudget budget) {
        return new EngineConfig(targetHz, paced, maxFrames, maxSeconds, commandRingBytes, eventRingBytes,
                entityCapacity, drainBudgetMicros, render, budget);
    }

    /** @return game time per main frame, seconds */
    public double stepSeconds() {
        return 1.0 / targetHz;
    }
}
