package dev.polyframe.script.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The reporter counts and delivers every error, rate-limits only the log, and keeps bounded state. */
class ScriptErrorReporterTest {
    private final List<ScriptError> delivered = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final ScriptErrorReporter reporter = new ScriptErrorReporter(delivered::add, clock::get);

    private static ScriptError error(String message) {
        return new ScriptError("js", "main.js", 3, 5, "update", message, "at update (main.js:3:5)", null)
                .withContext("update", 10, 4);
    }

    @Test
    void shouldDeliverAndCountEveryRepeatButLogItOncePerWindow() {
        for (int i = 0; i < 10; i++) {
            reporter.report(error("boom"));
        }

        assertEquals(10, delivered.size());
        assertEquals(10, reporter.reportedCount());
        assertEquals(9, reporter.suppressedCount());
    }

    @Test
    void shouldLogARepeatAgainOnceTheWindowPassed() {
        reporter.report(error("boom"));
        reporter.report(error("boom"));
        clock.addAndGet(ScriptErrorReporter.REPEAT_WINDOW_NANOS);
        reporter.report(error("boom"));

        assertEquals(1, reporter.suppressedCount(), "only the repeat inside the window was left out of the log");
        assertEquals(3, reporter.reportedCount());
    }

    @Test
    void shouldNotRateLimitDifferentErrors() {
        reporter.report(error("one"));
        reporter.report(error("two"));

        assertEquals(0, reporter.suppressedCount());
    }

    @Test
    void shouldTrackABoundedNumberOfDistinctErrors() {
        for (int i = 0; i < 10_000; i++) {
            reporter.report(error("boom " + i));
        }

        assertEquals(ScriptErrorReporter.TRACKED_KEYS, reporter.trackedKeys());
        assertEquals(10_000, delivered.size());
    }

    @Test
    void shouldRememberTheLastError() {
        ScriptError last = error("last");
        reporter.report(error("first"));
        reporter.report(last);

        assertSame(last, reporter.lastError());
        assertEquals("main.js:3: last", last.summary());
    }

    @Test
    void shouldDescribeAnErrorAsClickableLocationStackContextAndRepeats() {
        String text = ScriptErrorReporter.describe(error("boom"), 7);

        assertTrue(text.startsWith("main.js:3:5: boom" + System.lineSeparator() + "    at update (main.js:3:5)"), text);
        assertTrue(text.contains("(js, in update, script frame 4, main frame 10)"), text);
        assertTrue(text.endsWith("(repeated 7 times since last logged)"), text);
    }

    @Test
    void shouldKeepGoingWhenTheListenerThrows() {
        ScriptErrorReporter throwing = new ScriptErrorReporter(e -> {
            throw new IllegalStateException("listener bug");
        });

        throwing.report(error("boom"));

        assertEquals(1, throwing.reportedCount());
    }

    @Test
    void shouldCutLongSummaries() {
        ScriptError long1 = error("x".repeat(500));

        assertEquals(ScriptError.SUMMARY_CHARS, long1.summary().length());
        assertTrue(long1.summary().endsWith("..."));
    }
}
