package dev.polyframe.script.worker;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptErrorListener;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every script error goes: counted, handed to the {@link ScriptErrorListener} (every one, never
 * rate-limited), remembered as the last error for metrics and overlays, and logged through SLF4J as
 * {@code file:line:column: message} plus the script stack, with repeats rate-limited.
 *
 * <p>Rate limit: an error identical to an earlier one ({@link ScriptError#repeatKey()}: same file, position and
 * message) is logged at most once per {@link #REPEAT_WINDOW_NANOS}; the repeats in between are counted and the next
 * log line of that error says "repeated N times" ({@link #flush()} logs the summaries still owed, at close). At most
 * {@link #TRACKED_KEYS} distinct errors are tracked (least recently seen dropped first, its owed summary logged), so
 * an exception storm with ever-new messages keeps memory bounded by construction.
 *
 * <p>Threads: {@link #report} and {@link #flush} on the script worker thread; the counters and {@link #lastError()}
 * from any thread.
 */
public final class ScriptErrorReporter {
    /** Logger of script errors; separate from the worker's own so games can route it. */
    public static final String LOGGER = "dev.polyframe.script.errors";
    /** An identical error is logged at most once per this window, nanoseconds (5 s). */
    public static final long REPEAT_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Distinct errors tracked for the rate limit. */
    public static final int TRACKED_KEYS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final ScriptErrorListener listener;
    private final LongSupplier clock;
    private final AtomicLong reported = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();
    private final Map<String, Repeat> repeats = new LinkedHashMap<>(TRACKED_KEYS * 2, 0.75f, true);
    private volatile ScriptError lastError;

    /** How often one error was seen since it was last logged. */
    private static final class Repeat {
        long loggedAtNanos;
        long unlogged;
        ScriptError latest;
    }

    /**
     * @param listener receives every error, on the worker thread
     */
    public ScriptErrorReporter(ScriptErrorListener listener) {
        this(listener, System::nanoTime);
    }

    /**
     * @param listener receives every error, on the worker thread
     * @param clock monotonic nanoseconds (tests pass a fake clock)
     */
    public ScriptErrorReporter(ScriptErrorListener listener, LongSupplier clock) {
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Counts, remembers, logs (rate-limited) and delivers one error. Worker thread. A listener that throws is
     * logged and does not stop the worker.
     */
    public void report(ScriptError error) {
        reported.incrementAndGet();
        lastError = error;
        log(error);
        try {
            listener.onScriptError(error);
        } catch (RuntimeException e) {
            LOG.warn("ScriptErrorListener failed on {}", error.summary(), e);
        }
    }

    private void log(ScriptError error) {
        long now = clock.getAsLong();
        String key = error.repeatKey();
        Repeat repeat = repeats.get(key);
        if (repeat == null) {
            repeat = new Repeat();
            repeat.loggedAtNanos = now;
            repeats.put(key, repeat);
            evictOldest();
            LOG.error("{}", describe(error, 0));
            return;
        }
        repeat.latest = error;
        if (now - repeat.loggedAtNanos < REPEAT_WINDOW_NANOS) {
            repeat.unlogged++;
            suppressed.incrementAndGet();
            return;
        }
        long owed = repeat.unlogged;
        repeat.unlogged = 0;
        repeat.loggedAtNanos = now;
        LOG.error("{}", describe(error, owed));
    }

    private void evictOldest() {
        if (repeats.size() <= TRACKED_KEYS) {
            return;
        }
        Iterator<Repeat> oldest = repeats.values().iterator();
        Repeat dropped = oldest.next();
        oldest.remove();
        if (dropped.unlogged > 0) {
            LOG.error("{} (repeated {} times)", dropped.latest.summary(), dropped.unlogged);
        }
    }

    /** Logs a "repeated N times" line for every error whose repeats were not logged yet. Worker thread. */
    public void flush() {
        for (Repeat repeat : repeats.values()) {
            if (repeat.unlogged > 0) {
                LOG.error("{} (repeated {} times)", repeat.latest.summary(), repeat.unlogged);
                repeat.unlogged = 0;
            }
        }
    }

    /**
     * @param owed repeats since the last log line of this error
     * @return the log text: the editor-clickable {@link ScriptError#format()}, the context, and the repeats
     */
    static String describe(ScriptError error, long owed) {
        StringBuilder out = new StringBuilder(error.format());
        out.append(System.lineSeparator()).append("    (").append(error.language());
        if (!error.hook().isEmpty()) {
            out.append(", in ").append(error.hook());
        }
        if (error.apiMethod() != null) {
            out.append(", API method ").append(error.apiMethod());
        }
        out.append(", script frame ").append(error.scriptFrame()).append(", main frame ").append(error.mainFrame())
                .append(')');
        if (owed > 0) {
            out.append(" (repeated ").append(owed).append(" times since last logged)");
        }
        return out.toString();
    }

    /** @return errors reported; any thread */
    public long reportedCount() {
        return reported.get();
    }

    /** @return reports left out of the log by the rate limit (still counted and delivered); any thread */
    public long suppressedCount() {
        return suppressed.get();
    }

    /** @return the last error reported, or {@code null}; any thread */
    public ScriptError lastError() {
        return lastError;
    }

    /** @return errors currently tracked for the rate limit, at most {@link #TRACKED_KEYS}; worker thread */
    int trackedKeys() {
        return repeats.size();
    }
}
