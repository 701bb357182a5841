package dev.polyframe.samples;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptErrorListener;
import dev.polyframe.script.worker.ScriptBudget;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bench storm} and {@code bench runaway}: the script-robustness numbers of issue #6, per language.
 *
 * <ul>
 *   <li><b>storm</b>: a game whose {@code update} throws in every frame runs for the given seconds at 60 Hz; the
 *       table shows main-frame p50/p99, script frames, errors counted (every one), log lines left out by the repeat
 *       limit, and the used heap after a full GC at the 600th error and after the run.</li>
 *   <li><b>runaway</b>: per round, a quiet game and one whose {@code update} never returns (never paused, so the
 *       watchdog interrupts every frame) run alternately; the table shows the main-frame p99 of both (goal: the
 *       runaway's within 10 % of the quiet one's) and the interrupt latency — from the budget's deadline to the
 *       interrupted code returning on the worker — p50/p99/max over every interrupt. In LuaJC mode a loop that calls
 *       nothing cannot be interrupted, so the Lua runaway loop calls {@code engine.frame()}.</li>
 * </ul>
 *
 * <p>Runs on the calling thread, which becomes each engine's main thread; the null renderer. Numbers from a shared
 * 2-core VM are noisy: the table prints the load average with them.
 */
final class RobustnessBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(RobustnessBenchmark.class);
    /** The storm's first heap measurement is taken at this error (10 s into a 60 Hz run). */
    static final long HEAP_MARK_ERRORS = 600;
    private static final Map<String, String> IDLE = Map.of(
            "js", "function update(dt) {}\n",
            "lua", "function update(dt) end\n",
            "python", "def update(dt):\n    pass\n");
    private static final Map<String, String> THROWING = Map.of(
            "js", "function update(dt) { throw new Error('storm'); }\n",
            "lua", "function update(dt) error('storm') end\n",
            "python", "def update(dt):\n    raise RuntimeError('storm')\n");
    private static final Map<String, String> RUNAWAY = Map.of(
            "js", "function update(dt) { while (true) {} }\n",
            "lua", "function update(dt) while true do engine.frame() end end\n",
            "python", "def update(dt):\n    while True:\n        pass\n");

    private RobustnessBenchmark() {
    }

    /** One storm run's figures. */
    record StormResult(String language, EngineStats stats, long heapBefore, long heapAfter) {
    }

    /** One runaway pair's figures. */
    record RunawayResult(String language, EngineStats quiet, EngineStats runaway, List<Double> latenciesMs) {
    }

    /**
     * Heap after GC at the {@value #HEAP_MARK_ERRORS}th error (runtime warm, on the worker) and after the run (the
     * runtime closed; a GraalVM backend's shared engine stays): growth between them would be a per-error leak.
     */
    static StormResult storm(String language, int seconds) {
        EngineConfig config = EngineConfig.defaults().withMaxSeconds(seconds);
        long[] mark = {-1};
        AtomicLong seen = new AtomicLong();
        ScriptErrorListener measure = error -> {
            if (seen.incrementAndGet() == HEAP_MARK_ERRORS) {
                mark[0] = usedHeapAfterGc();
            }
        };
        EngineStats stats = runGame(language, "storm", THROWING.get(language), config, measure, null);
        long after = usedHeapAfterGc();
        return new StormResult(language, stats, mark[0], after);
    }

    static RunawayResult runaway(String language, int seconds, long budgetMillis) {
        EngineConfig quietConfig = EngineConfig.defaults().withMaxSeconds(seconds);
        EngineStats quiet = runGame(language, "quiet", IDLE.get(language), quietConfig, e -> { }, null);
        List<Double> latencies = new CopyOnWriteArrayList<>();
        AtomicReference<Engine> engine = new AtomicReference<>();
        ScriptErrorListener record = error -> {
            if (error.message().contains("interrupted by the watchdog")) {
                latencies.add(engine.get().stats().watchdogLatencyMs());
            }
        };
        EngineConfig runawayConfig = quietConfig.withScriptBudget(new ScriptBudget(budgetMillis, 5_000,
                Integer.MAX_VALUE, 0));
        EngineStats runaway = runGame(language, "runaway", RUNAWAY.get(language), runawayConfig, record, engine);
        return new RunawayResult(language, quiet, runaway, latencies);
    }

    private static EngineStats runGame(String language, String name, String script, EngineConfig config,
            ScriptErrorListener also, AtomicReference<Engine> holder) {
        String extension = ScriptBackends.require(language).fileExtensions().get(0);
        Engine engine = new Engine(config, new NullRenderer(), ScriptBackends.require(language),
                new ScriptSource(name + extension, script), also);
        if (holder != null) {
            holder.set(engine);
        }
        LOG.info("robustness benchmark: {} {} for {} s", language, name, config.maxSeconds());
        try {
            engine.run();
        } finally {
            engine.close();
        }
        return engine.stats();
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    static void printStorm(List<StormResult> results, int seconds, PrintWriter out) {
        out.printf("exception storm: update throws every frame for %d s at 60 Hz (load average %s)%n", seconds,
                loadAverage());
        out.printf("%-7s %8s %8s %9s %9s %9s %10s %12s %12s%n", "lang", "p50 ms", "p99 ms", "frames", "script",
                "errors", "unlogged", "heap@600 MB", "heap end MB");
        for (StormResult r : results) {
            EngineStats s = r.stats();
            out.printf("%-7s %8.2f %8.2f %9d %9d %9d %10d %12.1f %12.1f%n", r.language(), s.frameTimeP50Ms(),
                    s.frameTimeP99Ms(), s.frames(), s.scriptFrames(), s.scriptErrors(), s.scriptErrorsSuppressed(),
                    r.heapBefore() / 1e6, r.heapAfter() / 1e6);
        }
        out.println("errors = every error counted and delivered; unlogged = repeats the log summarised "
                + "(\"repeated N times\"); heap = used heap after a full GC at the 600th error and after the run");
    }

    static void printRunaway(List<RunawayResult> results, long budgetMillis, PrintWriter out) {
        out.printf("runaway script: update never returns, budget %d ms, interrupted every frame (load average %s)%n",
                budgetMillis, loadAverage());
        out.printf("%-7s %10s %12s %7s %11s %12s %12s %12s%n", "lang", "quiet p99", "runaway p99", "ratio",
                "interrupts", "latency p50", "latency p99", "latency max");
        for (RunawayResult r : results) {
            double ratio = r.runaway().frameTimeP99Ms() / r.quiet().frameTimeP99Ms();
            List<Double> sorted = new ArrayList<>(r.latenciesMs());
            Collections.sort(sorted);
            out.printf("%-7s %10.2f %12.2f %7.3f %11d %12.1f %12.1f %12.1f%n", r.language(),
                    r.quiet().frameTimeP99Ms(), r.runaway().frameTimeP99Ms(), ratio, r.runaway().watchdogInterrupts(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0));
        }
        out.println("p99 = main-frame time p99, ms (goal: runaway within 1.10x quiet); latency = budget deadline to "
                + "the interrupted code returning on the worker, ms (Lua: LuaJC, loop calls engine.frame())");
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String loadAverage() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    static List<String> languages(List<String> requested) {
        return BackendBenchmark.languages(requested);
    }
}
