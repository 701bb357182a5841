package dev.polyframe.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the sync-layer suite and prints one Markdown table: each row's figure, the seeds' claim for it (with the
 * section it comes from, or "—" when the seeds claim nothing), the floor measured in the same run, the goal of
 * issue #5 and whether it is met.
 *
 * <p>The JMH benchmarks ({@link SnapshotPublishBenchmark}, {@link CommandPipelineBenchmark}) run through JMH's Java
 * API in forked JVMs; the two plain measured loops ({@link HandoffWakeBenchmark},
 * {@link MainFrameAllocationBenchmark}) run in this JVM afterwards. Defaults are short, for a shared 2-core machine;
 * every setting can be overridden (run with {@code --help}).
 */
public final class SyncBenchmarks {
    private static final String PACKAGE = "dev.polyframe.benchmarks.";
    private static final String SNAPSHOT = PACKAGE + "SnapshotPublishBenchmark.";
    private static final String PIPELINE = PACKAGE + "CommandPipelineBenchmark.";
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int[] DIRTY_PERCENTS = {1, 10};
    private static final String ADD_EXPORTS = "java.base/jdk.internal.misc=ALL-UNNAMED";

    private final Settings settings;
    private final Map<String, RunResult> jmh = new HashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SyncBenchmarks(Settings settings) {
        this.settings = settings;
    }

    /** Run settings, parsed from the command line by picocli. */
    @Command(name = "SyncBenchmarks", mixinStandardHelpOptions = true,
            description = "Runs the sync-layer benchmarks and prints ours / seed claim / floor / goal as a table.")
    static final class Settings {
        @Option(names = "--quick", description = "1 warm-up + 2 x 500 ms iterations, 1000 wakes, 5000+3000 frames")
        boolean quick;
        @Option(names = "--forks", description = "JMH forks per benchmark (default 1; use 3+ for numbers to keep)")
        int forks = 1;
        @Option(names = "--warmup", description = "JMH warm-up iterations (default 2)")
        int warmupIterations = 2;
        @Option(names = "--iterations", description = "JMH measured iterations (default 3)")
        int iterations = 3;
        @Option(names = "--time", description = "JMH iteration time, ms (default 1000)")
        int iterationMillis = 1_000;
        @Option(names = "--wakes", description = "hand-off wakes recorded, each of ours and floor (default 2000)")
        int wakes = 2_000;
        int warmupWakes = 200;
        @Option(names = "--alloc-hz", description = "paced main frame rate for the allocation run (default 1000)")
        int allocHz = 1_000;
        @Option(names = "--alloc-warmup", description = "warm-up main frames before that (default 10000)")
        int allocWarmupFrames = 10_000;
        @Option(names = "--alloc-frames", description = "measured main frames per allocation scenario (default 5000)")
        int allocFrames = 5_000;
        @Option(names = "--only", split = ",", description = "parts: snapshot, pipeline, handoff, alloc (default all)")
        Set<String> parts = new LinkedHashSet<>(List.of("snapshot", "pipeline", "handoff", "alloc"));
        @Option(names = "--jvm-arg", description = "extra JVM argument for the JMH forks (repeatable)")
        List<String> jvmArgs = new ArrayList<>();
        @Option(names = "--markdown", description = "also write the table to FILE")
        Path markdown;

        /** Applies {@code --quick} after parsing. */
        Settings conclude() {
            if (quick) {
                warmupIterations = 1;
                iterations = 2;
                iterationMillis = 500;
                wakes = 1_000;
                warmupWakes = 100;
                allocWarmupFrames = 5_000;
                allocFrames = 3_000;
            }
            return this;
        }

        String describe() {
            return String.format(Locale.ROOT, "JMH %d fork(s) x (%d warm-up + %d measured) x %d ms; %d wakes; "
                    + "allocation %d + %d frames at %d Hz", forks, warmupIterations, iterations, iterationMillis, wakes,
                    allocWarmupFrames, allocFrames, allocHz);
        }
    }

    /**
     * Runs the suite.
     *
     * @param args see {@code --help}
     * @throws RunnerException when a JMH benchmark fails
     * @throws IOException when the Markdown file cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Settings settings = new Settings();
        CommandLine commandLine = new CommandLine(settings);
        commandLine.parseArgs(args);
        if (commandLine.isUsageHelpRequested() || commandLine.isVersionHelpRequested()) {
            commandLine.usage(System.out);
            return;
        }
        new SyncBenchmarks(settings.conclude()).run();
    }

    private void run() throws RunnerException, IOException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (settings.parts.contains("snapshot")) {
            runJmh(SNAPSHOT.replace(".", "\\.")
                    + "(publish|writeAndPublish|dirtyCopyFloor|fullCopyFloor|publishClean)$");
            snapshotRows();
        }
        if (settings.parts.contains("pipeline")) {
            runJmh(PIPELINE.replace(".", "\\.") + "(pipeline|rawRing|encodeAndDrain)$");
            pipelineRows();
        }
        if (settings.parts.contains("handoff")) {
            handoffRows();
        }
        if (settings.parts.contains("alloc")) {
            allocationRows();
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        print(loadBefore, loadAfter);
    }

    private void runJmh(String include) throws RunnerException {
        List<String> jvmArgs = new ArrayList<>(List.of("--add-exports", ADD_EXPORTS));
        if (Runtime.version().feature() >= 24) {
            jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
        }
        jvmArgs.addAll(settings.jvmArgs);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(settings.forks)
                .warmupIterations(settings.warmupIterations)
                .warmupTime(TimeValue.milliseconds(settings.iterationMillis))
                .measurementIterations(settings.iterations)
                .measurementTime(TimeValue.milliseconds(settings.iterationMillis))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL);
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String key = r.getParams().getBenchmark();
            String entities = r.getParams().getParam("entities");
            String dirty = r.getParams().getParam("dirtyPercent");
            if (entities != null) {
                key += "/" + entities;
            }
            if (dirty != null) {
                key += "/" + dirty;
            }
            jmh.put(key, r);
        }
    }

    private Result<?> result(String key) {
        return runResult(key).getPrimaryResult();
    }

    private RunResult runResult(String key) {
        RunResult r = jmh.get(key);
        if (r == null) {
            throw new IllegalStateException("SyncBenchmarks: no JMH result for " + key);
        }
        return r;
    }

    /** @return bytes allocated per operation from JMH's GC profiler, NaN when it did not report */
    private double allocatedPerOp(String key) {
        return secondary(key, "gc.alloc.rate.norm");
    }

    /** @return the secondary result named {@code name} (JMH 1.37 names them without a prefix), or NaN */
    private double secondary(String key, String name) {
        for (Map.Entry<String, Result<?>> e : secondary(runResult(key)).entrySet()) {
            if (e.getKey().equals(name) || e.getKey().endsWith("·" + name)) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Result<?>> secondary(RunResult r) {
        // JMH declares the map with the raw Result type.
        return (Map) r.getSecondaryResults();
    }

    /** @return the largest secondary result {@code name} over every result whose key starts with {@code prefix} */
    private double maxSecondary(String prefix, String name) {
        return jmh.keySet().stream().filter(k -> k.startsWith(prefix)).mapToDouble(k -> secondary(k, name)).max()
                .orElse(Double.NaN);
    }

    private void snapshotRows() {
        for (int n : SIZES) {
            Result<?> publish = result(SNAPSHOT + "publish/" + n + "/100");
            Result<?> floor = result(SNAPSHOT + "fullCopyFloor/" + n);
            double ratio = publish.getScore() / floor.getScore();
            String seed = n == 1_000
                    ? "< 1 ms (001 Perf. Targets, Phase 1: swap, 1 000 entities, full copy); 2.0 ms (000 §6.2: "
                    + "1 000 × 0.002 ms without dirty tracking)"
                    : "—";
            row("Full publish, " + count(n) + " entities all dirty (N × 96 B)", time(publish) + " (" + x(ratio)
                    + " floor)", seed, time(floor) + " `System.arraycopy`", "≤ 2× floor", met(ratio <= 2.0));
            Result<?> perRecord = result(SNAPSHOT + "dirtyCopyFloor/" + n + "/100");
            Result<?> both = result(SNAPSHOT + "writeAndPublish/" + n + "/100");
            notes.add(String.format(Locale.ROOT, "full publish, %s entities: %s per slot; the same records copied "
                    + "one `arraycopy` each take %s (%s per record), one bulk `arraycopy` %s per record; write + "
                    + "publish %s", count(n), nanos(publish.getScore() / n), time(perRecord),
                    nanos(perRecord.getScore() / n), nanos(floor.getScore() / n), time(both)));
        }
        for (int n : SIZES) {
            for (int percent : DIRTY_PERCENTS) {
                int dirty = SnapshotPublishBenchmark.dirtyCount(n, percent);
                Result<?> publish = result(SNAPSHOT + "publish/" + n + "/" + percent);
                Result<?> floor = result(SNAPSHOT + "dirtyCopyFloor/" + n + "/" + percent);
                double perKey = publish.getScore() / dirty;
                row("Dirty publish, " + count(dirty) + " of " + count(n) + " (" + percent + " %), per dirty key",
                        nanos(perKey) + " " + error(publish), dirtySeed(n, percent),
                        nanos(floor.getScore() / dirty) + " per-record `arraycopy`", "≤ 100 ns/key",
                        met(perKey <= 100));
                Result<?> both = result(SNAPSHOT + "writeAndPublish/" + n + "/" + percent);
                notes.add(String.format(Locale.ROOT, "write + publish, %s of %s: %s per key (publish alone %s)",
                        count(dirty), count(n), nanos(both.getScore() / dirty), nanos(perKey)));
            }
        }
        Result<?> clean = result(SNAPSHOT + "publishClean");
        notes.add(String.format(Locale.ROOT, "publish with nothing dirty (fixed cost of every publish): %s %s",
                nanos(clean.getScore()), error(clean)));
        notes.add(String.format(Locale.ROOT, "JMH GC profiler: %.4f B per publish of 10 of 1 000, %.4f B per "
                + "write + publish; allocation rate at most %.3f MB/s in any publish run and %.3f MB/s in the floors' "
                + "runs (JMH's own background), so the slower publishes' larger B/op are that background too",
                allocatedPerOp(SNAPSHOT + "publish/1000/1"), allocatedPerOp(SNAPSHOT + "writeAndPublish/1000/1"),
                Math.max(maxSecondary(SNAPSHOT + "publish/", "gc.alloc.rate"),
                        maxSecondary(SNAPSHOT + "writeAndPublish/", "gc.alloc.rate")),
                Math.max(maxSecondary(SNAPSHOT + "dirtyCopyFloor/", "gc.alloc.rate"),
                        maxSecondary(SNAPSHOT + "fullCopyFloor/", "gc.alloc.rate"))));
        Result<?> big = result(SNAPSHOT + "publish/100000/1");
        Result<?> bigFloor = result(SNAPSHOT + "dirtyCopyFloor/100000/1");
        row("Dirty publish, 1 000 of 100 000, whole publish", time(big), "— (seeds stop at 1 000 entities)",
                time(bigFloor), "≤ 100 µs", met(big.getScore() <= 100_000));
    }

    private static String dirtySeed(int n, int percent) {
        if (n != 1_000) {
            return "—";
        }
        return percent == 1
                ? "2 000 ns (000 §6.2: 10 × 0.002 ms = 0.02 ms); < 5 000 ns (002 Perf. Targets, Phase 4: "
                + "10 dirty < 50 µs)"
                : "< 1 000 ns (002 Perf. Targets, Phase 4: 100 dirty < 100 µs); ≈ 5 100 ns (000 §6.1: swap "
                + "0.42 ms avg at 8.2 % dirty)";
    }

    private void pipelineRows() {
        Result<?> ours = result(PIPELINE + "pipeline");
        Result<?> raw = result(PIPELINE + "rawRing");
        double ratio = ours.getScore() / raw.getScore();
        row("Commands: encode → ring → decode → apply (1 thread, batches of 1 000)", rate(ours),
                "> 10 000 commands/s (000 §4.1 RenderCommandQueue; 001 Perf. Targets, Phase 1)",
                rate(raw) + " raw `OneToOneRingBuffer`", "≥ 5 M/s", met(ours.getScore() >= 5e6));
        row("Commands: ours / raw ring", String.format(Locale.ROOT, "%.2f×", ratio), "—", "1.00×", "≥ 0.25×",
                met(ratio >= 0.25));
        Result<?> encode = result(PIPELINE + "encodeAndDrain");
        notes.add(String.format(Locale.ROOT, "command cost: ours %s (encode + ring + drain without apply %s), raw "
                + "ring %s per command; allocation per command (GC profiler): ours %.3f B, raw %.3f B",
                nanos(1e9 / ours.getScore()), nanos(1e9 / encode.getScore()), nanos(1e9 / raw.getScore()),
                allocatedPerOp(PIPELINE + "pipeline"), allocatedPerOp(PIPELINE + "rawRing")));
    }

    private void handoffRows() {
        System.out.printf("%n# Hand-off wake: %d wakes each for ours and floor%n", settings.wakes);
        HandoffWakeBenchmark.Result r = HandoffWakeBenchmark.measure(settings.wakes, settings.warmupWakes);
        if (r.scriptErrors() != 0) {
            throw new IllegalStateException("SyncBenchmarks: the wake benchmark's script reported errors");
        }
        String seed = "< 0.1 ms (001 Perf. Targets, Phase 2: frame trigger latency, condition-variable wake; no "
                + "percentile)";
        for (double p : new double[] {50, 99}) {
            double ours = r.ours().getValueAtPercentile(p);
            double floor = r.floor().getValueAtPercentile(p);
            row(String.format(Locale.ROOT, "Hand-off wake p%.0f: trigger → `update` on the worker (%d wakes)", p,
                    r.ours().getTotalCount()), nanos(ours), seed, nanos(floor) + " bare park/unpark",
                    "— (report)", ours < 100_000 ? "beats seed" : floor < 100_000 ? "misses seed"
                            : "misses seed; so does the floor");
        }
        notes.add(String.format(Locale.ROOT, "hand-off wake max: ours %s, floor %s", nanos(r.ours().getMaxValue()),
                nanos(r.floor().getMaxValue())));
        System.out.printf("ours p50 %s p99 %s; floor p50 %s p99 %s%n", nanos(percentile(r.ours(), 50)),
                nanos(percentile(r.ours(), 99)), nanos(percentile(r.floor(), 50)), nanos(percentile(r.floor(), 99)));
    }

    private static double percentile(Histogram h, double p) {
        return h.getValueAtPercentile(p);
    }

    private void allocationRows() {
        for (MainFrameAllocationBenchmark.Scenario scenario : MainFrameAllocationBenchmark.Scenario.values()) {
            System.out.printf("%n# Main-thread allocation, %s: %d + %d frames at %d Hz%n", scenario,
                    settings.allocWarmupFrames, settings.allocFrames, settings.allocHz);
            MainFrameAllocationBenchmark.Result r = MainFrameAllocationBenchmark.measure(scenario, settings.allocHz,
                    settings.allocWarmupFrames, settings.allocFrames);
            boolean headline = scenario == MainFrameAllocationBenchmark.Scenario.MOVES;
            String what = switch (scenario) {
                case MOVES -> "Main-thread allocation per frame, steady state (script moves 8 entities per frame)";
                case DEBUG_DRAW -> "Main-thread allocation per frame, plus 1 `debug.line` + 1 `debug.text` per script "
                        + "frame";
                case INPUT_OVERLAY -> "Main-thread allocation per frame, plus input every frame and the F3 overlay "
                        + "shown";
            };
            row(what, String.format(Locale.ROOT, "%.1f B (%d of %d frames allocate, max %d B)", r.bytesPerFrame(),
                    r.framesAllocating(), r.frames(), r.maxFrameBytes()), "— (000 §1.2 wants copies with \"no heap "
                    + "allocations\"; no figure)", "0 B", headline ? "0 B" : "— (report)",
                    headline ? met(r.bytes() == 0) : "—");
            notes.add(String.format(Locale.ROOT, "allocation run %s: %d script frames, %d frame skips, "
                    + "%d commands applied, counter probe %d B", scenario, r.stats().scriptFrames(),
                    r.stats().frameSkips(), r.stats().commandsApplied(), r.probeBytes()));
        }
    }

    private void row(String what, String ours, String seed, String floor, String goal, String met) {
        rows.add("| " + String.join(" | ", what, ours, seed, floor, goal, met) + " |");
    }

    private void print(double loadBefore, double loadAfter) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nSync layer benchmarks, %s, JDK %s, %d CPUs, load average %.2f → %.2f"
                + "%n%s%n%n", LocalDate.now(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter, settings.describe()));
        out.append("| row | ours | seed claim (source) | floor (same run) | goal | met? |\n");
        out.append("| --- | ---: | --- | ---: | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        out.append("\nSeeds: 000 = ProtogameJS3D async architecture, 001 = its implementation guide, 002 = its "
                + "decoupling design (../shared/seeds). ± is the standard deviation of the JMH measured iterations "
                + "(all forks) relative to their mean: the run's noise, not a confidence interval.\n");
        System.out.print(out);
        if (settings.markdown != null) {
            Files.writeString(settings.markdown, out.toString());
        }
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static String x(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** A JMH average-time result in ns per operation, with its error, in a readable unit. */
    private static String time(Result<?> r) {
        return nanos(r.getScore()) + " " + error(r);
    }

    /** @return the spread of the measured iterations: their standard deviation relative to their mean */
    private static String error(Result<?> r) {
        var stats = r.getStatistics();
        if (stats.getN() < 2 || stats.getMean() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "±%.0f %%", 100 * stats.getStandardDeviation() / stats.getMean());
    }

    /** A JMH throughput result in ops/s. */
    private static String rate(Result<?> r) {
        return String.format(Locale.ROOT, "%.1f M/s %s", r.getScore() / 1e6, error(r));
    }

    private static String nanos(double ns) {
        if (ns < 1_000) {
            return String.format(Locale.ROOT, "%.1f ns", ns);
        } else if (ns < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
    }
}
