package dev.polyframe.ecs;

import org.HdrHistogram.Histogram;

/**
 * Main-loop timing: the frame time (interval between consecutive frame starts, what a player feels as 1 / FPS)
 * and the frame work time (start to end of a frame's own work, without pacing), in HdrHistograms.
 *
 * <p>Recording: main thread only. Percentiles are refreshed on the main thread every 30 frames and published in
 * volatile fields, so {@link #summary()} is safe from any thread and at most half a second stale during a run.
 */
final class FrameTimes {
    private static final long MAX_MICROS = 60_000_000L;
    private static final int REFRESH_FRAMES = 30;

    /** Frame time percentiles in milliseconds. */
    record Summary(double p50, double p99, double max, double workP50, double workP99, double fps) {
    }

    private final Histogram intervals = new Histogram(MAX_MICROS, 3);
    private final Histogram work = new Histogram(MAX_MICROS, 3);
    private long lastStart;
    private long frameStart;
    private long frames;
    private double emaIntervalMicros;
    private volatile Summary summary = new Summary(0, 0, 0, 0, 0, 0);

    void start() {
        lastStart = 0;
    }

    void frameStarted() {
        long now = System.nanoTime();
        if (lastStart != 0) {
            long micros = Math.min(MAX_MICROS, (now - lastStart) / 1_000);
            intervals.recordValue(micros);
            emaIntervalMicros = emaIntervalMicros == 0 ? micros : emaIntervalMicros * 0.95 + micros * 0.05;
        }
        lastStart = now;
        frameStart = now;
    }

    void frameEnded() {
        work.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - frameStart) / 1_000));
        if (++frames % REFRESH_FRAMES == 0) {
            refresh();
        }
    }

    /** Recomputes the published summary now; main thread. */
    Summary refresh() {
        summary = new Summary(ms(intervals.getValueAtPercentile(50)), ms(intervals.getValueAtPercentile(99)),
                ms(intervals.getMaxValue()), ms(work.getValueAtPercentile(50)), ms(work.getValueAtPercentile(99)),
                emaIntervalMicros == 0 ? 0 : 1_000_000.0 / emaIntervalMicros);
        return summary;
    }

    Summary summary() {
        return summary;
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }
}
