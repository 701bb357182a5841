package dev.polyframe.ecs.system;

import org.HdrHistogram.Histogram;
import org.agrona.collections.LongArrayList;

/**
 * Command-to-visible latency, per command: from the main frame whose snapshot the script frame read when it
 * submitted the command (carried by the script frame's end marker) to the main frame whose snapshot publish first
 * shows it. Counted in main frames; one frame is {@code 1 / targetHz} seconds. The first script frame (runtime start,
 * script load, {@code init()}) is the loading phase and is left out, as in the frame-time statistics.
 *
 * <p>Main thread only, except the summary, which any thread may read.
 */
public final class CommandLatency {
    private static final long MAX_FRAMES = 1_000_000;

    /** Latency percentiles in main frames. */
    public record Summary(long commands, double p50Frames, double p99Frames, long maxFrames) {
    }

    private final Histogram frames = new Histogram(MAX_FRAMES, 3);
    private final LongArrayList applied = new LongArrayList();
    private volatile long commands;
    private volatile double p50;
    private volatile double p99;
    private volatile long max;
    private boolean loaded;

    /**
     * A script frame's commands have all been applied to the world. Main thread.
     *
     * @param submitFrame the main frame whose snapshot the script frame read
     * @param commands how many commands it submitted, its end marker excluded
     */
    public void scriptFrameApplied(long submitFrame, long commands) {
        if (!loaded) {
            loaded = true;
            return;
        }
        if (commands > 0) {
            applied.addLong(submitFrame);
            applied.addLong(commands);
        }
    }

    /**
     * The snapshot of {@code frame} was published: every command applied so far is now visible. Main thread.
     */
    public void published(long frame) {
        if (applied.isEmpty()) {
            return;
        }
        for (int i = 0; i < applied.size(); i += 2) {
            long latency = Math.min(MAX_FRAMES, Math.max(0, frame - applied.getLong(i)));
            frames.recordValueWithCount(latency, applied.getLong(i + 1));
        }
        applied.clear();
        // Single volatile fields, not a new object: the main loop allocates nothing.
        commands = frames.getTotalCount();
        p50 = frames.getValueAtPercentile(50);
        p99 = frames.getValueAtPercentile(99);
        max = frames.getMaxValue();
    }

    /** @return the latency so far (fields may come from two consecutive publishes); any thread */
    public Summary summary() {
        return new Summary(commands, p50, p99, max);
    }
}
