package dev.polyframe.ecs;

import org.HdrHistogram.Histogram;

/**
 * Main-loop timing: the frame time (interval between consecutive frame starts, what a player feels as 1 / FPS)
 * and the frame work time (start to end of a frame's own work, without pacing), in HdrHistograms.
 *
 * <p>Only gameplay frames are recorded: frames before the first script frame completes are the loading phase (the
 * script runtime starting on the worker, class loading and JIT warm-up on every thread) and are not measured.
 *
 * <p>Recording: main thread only. Percentiles are refreshed on the main thread every 30 frames and published in
 * volatile fields, so {@link #summary()} is safe from any thread and at most half a second stale during a run.
 */
final class FrameTimes {
    private static final long MAX_MICROS = 60_000_000L;
    private static final int REFRESH_FRAMES = 30;

    /** Frame time percentiles in milliseconds. */
    record Summary(double p50, double p99, double max, double workP50, double workP99, double fps, double scriptP50,
            double scriptP99) {
    }

    private final Histogram intervals = new Histogram(MAX_MICROS, 3);
    private final Histogram work = new Histogram(MAX_MICROS, 3);
    private long lastStart;
    private long frameStart;
    private long frames;
    private boolean measuring;
    private double emaIntervalMicros;
    private final Histogram scriptFrames = new Histogram(MAX_MICROS, 3);
    private long scriptFramesSeen;
    private volatile double p50;
    private volatile double p99;
    private volatile double max;
    private volatile double workP50;
    private volatile double workP99;
    private volatile double fps;
    private volatile double scriptP50;
    private volatile double scriptP99;

    void start() {
        lastStart = 0;
    }

    /** @param gameplay whether the loading phase is over and this frame is measured */
    void frameStarted(boolean gameplay) {
        long now = System.nanoTime();
        measuring = gameplay;
        if (gameplay && lastStart != 0) {
            long micros = Math.min(MAX_MICROS, (now - lastStart) / 1_000);
            intervals.recordValue(micros);
            emaIntervalMicros = emaIntervalMicros == 0 ? micros : emaIntervalMicros * 0.95 + micros * 0.05;
        }
        lastStart = now;
        frameStart = now;
    }

    void frameEnded() {
        if (!measuring) {
            return;
        }
        work.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - frameStart) / 1_000));
        if (++frames % REFRESH_FRAMES == 0) {
            refresh();
        }
    }

    /**
     * Records the worker's last frame when it has completed one since the previous call. The first script frame
     * (script load and {@code init()}) is the loading phase and is left out.
     *
     * @param completedFrames script frames completed so far
     * @param lastFrameNanos the duration of the last of them
     */
    void scriptFrames(long completedFrames, long lastFrameNanos) {
        if (completedFrames > scriptFramesSeen) {
            if (scriptFramesSeen > 0) {
                scriptFrames.recordValue(Math.min(MAX_MICROS, lastFrameNanos / 1_000));
            }
            scriptFramesSeen = completedFrames;
        }
    }

    /**
     * Recomputes the published figures now; main thread. Writes single volatile fields, not a new object, so the
     * main loop allocates nothing; a reader may see figures from two consecutive refreshes.
     */
    void refresh() {
        p50 = ms(intervals.getValueAtPercentile(50));
        p99 = ms(intervals.getValueAtPercentile(99));
        max = ms(intervals.getMaxValue());
        workP50 = ms(work.getValueAtPercentile(50));
        workP99 = ms(work.getValueAtPercentile(99));
        fps = emaIntervalMicros == 0 ? 0 : 1_000_000.0 / emaIntervalMicros;
        scriptP50 = ms(scriptFrames.getValueAtPercentile(50));
        scriptP99 = ms(scriptFrames.getValueAtPercentile(99));
    }

    /** @return the last refreshed figures; any thread */
    Summary summary() {
        return new Summary(p50, p99, max, workP50, workP99, fps, scriptP50, scriptP99);
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }
}
