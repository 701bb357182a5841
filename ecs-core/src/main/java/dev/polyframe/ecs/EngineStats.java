package dev.polyframe.ecs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an engine run did: frame counts and times, command and event traffic, snapshot publishing, script errors.
 * Immutable and thread-safe. {@link #toMap()} is the shape of the launcher's {@code --stats} JSON and of
 * {@code engine.metrics()}.
 *
 * @param frames main frames run, loading included
 * @param loadingFrames main frames run before the first script frame completed (runtime start, load, init)
 * @param scriptFrames script frames completed
 * @param frameSkips main frames that found the script worker still busy
 * @param frameTimeP50Ms median interval between main frame starts, milliseconds; frame times and frame work cover
 *     gameplay frames only, from the first completed script frame on (the loading phase is not measured)
 * @param frameTimeP99Ms 99th percentile of that interval, milliseconds
 * @param frameTimeMaxMs longest interval, milliseconds
 * @param frameWorkP50Ms median main-thread work per frame (without pacing), milliseconds
 * @param frameWorkP99Ms 99th percentile of the work per frame, milliseconds
 * @param fps recent main frames per second
 * @param scriptFrameP50Ms median script frame (hooks, callbacks and event drain on the worker), milliseconds; the
 *     first script frame (load and {@code init()}) is left out
 * @param scriptFrameP99Ms 99th percentile of the script frame, milliseconds
 * @param commandsSubmitted commands the script put in the command ring
 * @param commandsApplied commands applied to the world
 * @param commandsRejected commands refused because the ring was full (the script got an error)
 * @param commandsFailed commands that reached the main thread but could not be applied (the script got an error)
 * @param commandLatencyP50Ms median command-to-visible latency per command, milliseconds: from the main frame whose
 *     snapshot the script read when it submitted the command to the publish that shows it
 * @param commandLatencyP99Ms 99th percentile of that latency, milliseconds
 * @param commandRingMaxUtilisation fullest the command ring was at the start of a drain, 0..1
 * @param drainBudgetStops main frames whose command drain stopped at its time budget
 * @param eventsSent events the main thread put in the event ring
 * @param eventsDelivered events the worker took from the event ring
 * @param snapshotPublishes snapshot publishes, skipped ones included
 * @param snapshotSkipped publishes that found nothing dirty (no swap, no copy)
 * @param snapshotCopiedSlots slots copied by catch-up copies (keys changed since the previous publish)
 * @param snapshotErrors failed publishes or catch-up copies (the front stayed good)
 * @param dirtyRatioAvg dirty slots / live entities per publish, averaged over the last 60 publishes
 * @param copyMicrosAvg publish duration, microseconds, averaged over the last 60 publishes
 * @param copyMicrosMax longest publish duration, microseconds
 * @param scriptErrors script errors reported
 * @param entities live entities in the world's snapshot
 * @param glRenderer the renderer's device description
 * @param scriptMode how the script runtime runs code
 * @param lastScriptError one short line ({@code file:line: message}) of the last script error, {@code ""} for none
 * @param scriptErrorsSuppressed script errors left out of the log by its repeat limit (counted and delivered)
 * @param watchdogInterrupts script frames the watchdog interrupted
 * @param watchdogLatencyMs the last interrupt's latency, milliseconds (deadline to script stopped); -1 before one
 * @param scriptPaused whether the script is paused (repeated overruns, or code the watchdog could not stop)
 * @param reloads hot reloads that took over (new code running)
 * @param reloadFailures hot reloads that failed (the old code kept running; the error was reported)
 */
public record EngineStats(long frames, long loadingFrames, long scriptFrames, long frameSkips, double frameTimeP50Ms,
        double frameTimeP99Ms, double frameTimeMaxMs, double frameWorkP50Ms, double frameWorkP99Ms, double fps,
        double scriptFrameP50Ms, double scriptFrameP99Ms,
        long commandsSubmitted, long commandsApplied, long commandsRejected, long commandsFailed,
        double commandLatencyP50Ms, double commandLatencyP99Ms, double commandRingMaxUtilisation, long drainBudgetStops,
        long eventsSent, long eventsDelivered,
        long snapshotPublishes, long snapshotSkipped, long snapshotCopiedSlots, long snapshotErrors,
        double dirtyRatioAvg, double copyMicrosAvg, double copyMicrosMax,
        long scriptErrors, long entities, String glRenderer, String scriptMode, String lastScriptError,
        long scriptErrorsSuppressed, long watchdogInterrupts, double watchdogLatencyMs, boolean scriptPaused,
        long reloads, long reloadFailures) {

    /** @return nested maps of numbers and strings, in a stable order */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("frames", frames);
        map.put("loadingFrames", loadingFrames);
        map.put("scriptFrames", scriptFrames);
        map.put("frameSkips", frameSkips);
        map.put("fps", round(fps));
        map.put("frameTimeMs", ordered("p50", round(frameTimeP50Ms), "p99", round(frameTimeP99Ms),
                "max", round(frameTimeMaxMs)));
        map.put("frameWorkMs", ordered("p50", round(frameWorkP50Ms), "p99", round(frameWorkP99Ms)));
        map.put("scriptFrameMs", ordered("p50", round(scriptFrameP50Ms), "p99", round(scriptFrameP99Ms)));
        map.put("commands", ordered("submitted", commandsSubmitted, "applied", commandsApplied,
                "rejected", commandsRejected, "failed", commandsFailed, "latencyMs", ordered("p50",
                        round(commandLatencyP50Ms), "p99", round(commandLatencyP99Ms)),
                "maxUtilisation", round(commandRingMaxUtilisation), "budgetStops", drainBudgetStops));
        map.put("events", ordered("sent", eventsSent, "delivered", eventsDelivered));
        map.put("snapshot", ordered("publishes", snapshotPublishes, "skipped", snapshotSkipped, "copiedSlots",
                snapshotCopiedSlots, "errors", snapshotErrors, "dirtyRatioAvg", round(dirtyRatioAvg),
                "copyMicrosAvg", round(copyMicrosAvg), "copyMicrosMax", round(copyMicrosMax)));
        map.put("scriptErrors", scriptErrors);
        map.put("entities", entities);
        map.put("glRenderer", glRenderer);
        map.put("scriptMode", scriptMode);
        map.put("lastScriptError", lastScriptError);
        map.put("scriptErrorsSuppressed", scriptErrorsSuppressed);
        map.put("watchdog", ordered("interrupts", watchdogInterrupts, "lastLatencyMs", round(watchdogLatencyMs),
                "paused", scriptPaused));
        map.put("reloads", ordered("done", reloads, "failed", reloadFailures));
        return map;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
