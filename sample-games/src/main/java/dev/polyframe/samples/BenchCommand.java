package dev.polyframe.samples;

import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.script.error.ScriptException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polyframe bench cadence}: measures the main loop's cadence with a slow script against an idle one;
 * {@code polyframe bench flood}: the same while a script floods the command ring; {@code polyframe bench backends}:
 * compares the script languages; {@code polyframe bench storm} and {@code polyframe bench runaway}: an exception storm
 * and a runaway script per language (issue #6); {@code polyframe bench scripted}: the end-to-end scripted workload per
 * language and mode against plain Java (issue #7); {@code polyframe bench render}: instanced rendering of N moving
 * entities (issue #4). Each prints a table. Main thread only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs a benchmark and prints a table.",
        subcommands = {BenchCommand.Cadence.class, BenchCommand.Flood.class, BenchCommand.Backends.class,
                BenchCommand.Storm.class, BenchCommand.Runaway.class, BenchCommand.Scripted.class,
                BenchCommand.Render.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The cadence benchmark: frame-time p99 with a slow script vs an idle one. */
    @Command(name = "cadence", mixinStandardHelpOptions = true,
            description = "Frame-time p99 of the main loop with a slow JavaScript update vs an idle one.")
    static final class Cadence implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--frames", defaultValue = "300", description = "main frames per run (default 300)")
        private int frames;

        @Option(names = "--rounds", defaultValue = "3", description = "idle/slow pairs (default 3)")
        private int rounds;

        @Option(names = "--script-ms", defaultValue = "50", description = "slow update duration, ms (default 50)")
        private int scriptMillis;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CadenceBenchmark benchmark = new CadenceBenchmark(scriptMillis + " ms update",
                    CadenceBenchmark.slowScript(scriptMillis), EngineConfig.defaults().withMaxFrames(frames), rounds);
            benchmark.printTable(benchmark.run(), out);
            out.flush();
            return 0;
        }
    }

    /** The flood benchmark: frame-time p99 while a script floods the command ring vs an idle one. */
    @Command(name = "flood", mixinStandardHelpOptions = true,
            description = "Frame-time p99 while a JavaScript update tries twice the command ring's capacity every "
                    + "frame vs an idle one.")
    static final class Flood implements Callable<Integer> {
        private static final int COMMAND_BYTES = 48;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--seconds", defaultValue = "5", description = "gameplay seconds per run (default 5)")
        private int seconds;

        @Option(names = "--rounds", defaultValue = "3", description = "idle/flood pairs (default 3)")
        private int rounds;

        @Option(names = "--ring-bytes", defaultValue = "65536",
                description = "command ring capacity, bytes, power of two (default 65536)")
        private int ringBytes;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int attempts = 2 * ringBytes / COMMAND_BYTES;
            CadenceBenchmark benchmark = new CadenceBenchmark("flood of " + attempts + " commands/frame",
                    CadenceBenchmark.floodScript(attempts),
                    EngineConfig.defaults().withMaxFrames(seconds * 60L).withCommandRingBytes(ringBytes), rounds);
            benchmark.printTable(benchmark.run(), out);
            out.flush();
            return 0;
        }
    }

    /** The backend comparison: context start, host-call cost and protogame's script frame per language. */
    @Command(name = "backends", mixinStandardHelpOptions = true,
            description = "Context start time, host-call cost and protogame script frame time per script language.")
    static final class Backends implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", split = ",", description = "languages to measure (default: every installed one)")
        private List<String> languages;

        @Option(names = "--calls", defaultValue = "200000", description = "host calls per round (default 200000)")
        private int calls;

        @Option(names = "--frames", defaultValue = "600", description = "protogame main frames (default 600)")
        private int frames;

        @Override
        public Integer call() throws IOException, ScriptException {
            PrintWriter out = spec.commandLine().getOut();
            BackendBenchmark benchmark = new BackendBenchmark(calls, frames);
            List<BackendBenchmark.Result> results = new ArrayList<>();
            for (String language : BackendBenchmark.languages(languages)) {
                results.add(benchmark.run(language));
            }
            BackendBenchmark.printTable(results, calls, out);
            out.flush();
            return 0;
        }
    }

    /** The exception storm: a script throwing every frame, per language. */
    @Command(name = "storm", mixinStandardHelpOptions = true,
            description = "Frame times, errors counted and heap while update throws every frame, per language.")
    static final class Storm implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", split = ",", description = "languages to measure (default: every installed one)")
        private List<String> languages;

        @Option(names = "--seconds", defaultValue = "60", description = "gameplay seconds per language (default 60)")
        private int seconds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<RobustnessBenchmark.StormResult> results = new ArrayList<>();
            for (String language : RobustnessBenchmark.languages(languages)) {
                results.add(RobustnessBenchmark.storm(language, seconds));
            }
            RobustnessBenchmark.printStorm(results, seconds, out);
            out.flush();
            return 0;
        }
    }

    /** The runaway benchmark: main-frame p99 during a runaway script and the watchdog's interrupt latency. */
    @Command(name = "runaway", mixinStandardHelpOptions = true,
            description = "Main-frame p99 with a never-returning update vs a quiet one, and the watchdog's interrupt "
                    + "latency, per language.")
    static final class Runaway implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", split = ",", description = "languages to measure (default: every installed one)")
        private List<String> languages;

        @Option(names = "--seconds", defaultValue = "10", description = "gameplay seconds per run (default 10)")
        private int seconds;

        @Option(names = "--budget-ms", defaultValue = "250", description = "script frame budget, ms (default 250)")
        private long budgetMillis;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<RobustnessBenchmark.RunawayResult> results = new ArrayList<>();
            for (String language : RobustnessBenchmark.languages(languages)) {
                results.add(RobustnessBenchmark.runaway(language, seconds, budgetMillis));
            }
            RobustnessBenchmark.printRunaway(results, budgetMillis, out);
            out.flush();
            return 0;
        }
    }

    /** The end-to-end scripted benchmark (issue #7): orbit workload per language and mode against plain Java. */
    @Command(name = "scripted", mixinStandardHelpOptions = true,
            description = "N entities moved every script frame by JS, Python and Lua game logic (single and bulk "
                    + "calls; JIT and interpreter in separate child JVMs) against the same workload in plain Java.")
    static final class Scripted implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", split = ",", defaultValue = "java,js,python,lua",
                description = "languages, java being the baseline (default java,js,python,lua)")
        private List<String> languages;

        @Option(names = "--modes", split = ",", defaultValue = "jit,interpreter",
                description = "JVM modes, one child JVM each: jit (Graal compiler; Lua LuaJC), interpreter "
                        + "(default jit,interpreter)")
        private List<String> modes;

        @Option(names = "--n", split = ",", defaultValue = "1000,10000,50000",
                description = "entity counts (default 1000,10000,50000)")
        private List<Integer> counts;

        @Option(names = "--frames", defaultValue = "300", description = "measured main frames per run (default 300)")
        private int frames;

        @Option(names = "--warmup-frames", defaultValue = "300",
                description = "main frames of the discarded warm-up run before each measured run (default 300)")
        private int warmupFrames;

        @Option(names = "--calls", defaultValue = "1000000",
                description = "host calls per round of the host-call measurement (default 1000000; a twentieth "
                        + "when interpreted)")
        private int calls;

        @Option(names = "--child-mode", hidden = true, description = "run one mode in this JVM and print result "
                + "lines (used by the parent)")
        private String childMode;

        @Option(names = "--no-jit", description = "read by the ./polyframe launcher; the benchmark chooses each "
                + "child JVM's mode itself (--modes)")
        private boolean noJit;

        @Override
        public Integer call() throws IOException, InterruptedException, ScriptException {
            PrintWriter out = spec.commandLine().getOut();
            ScriptedBenchmark.Plan plan = new ScriptedBenchmark.Plan(languages, counts, warmupFrames, frames, calls);
            if (childMode != null) {
                ScriptedBenchmark.runChild(childMode, plan, out);
            } else {
                ScriptedBenchmark.runParent(modes, plan, out);
            }
            out.flush();
            return 0;
        }
    }

    /** The render benchmark: main-frame p50/p99 and draw calls for N instanced moving entities at 1280x720. */
    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Main-frame p50/p99 and draw calls for N instanced cubes all moving every frame, 1280x720 "
                    + "headless; prints LP_NUM_THREADS and the largest N with p99 <= 16.7 ms.")
    static final class Render implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--entities", split = ",", defaultValue = "1000,5000,10000,50000",
                description = "entity counts to measure (default 1000,5000,10000,50000)")
        private int[] entities;

        @Option(names = "--frames", defaultValue = "300", description = "measured frames per count (default 300)")
        private int frames;

        @Option(names = "--msaa", defaultValue = "0",
                description = "MSAA samples to request (default 0, as headless runs)")
        private int msaa;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RenderBenchmark benchmark = new RenderBenchmark(frames, msaa);
            String device = benchmark.device();
            benchmark.printTable(benchmark.run(entities), device, out);
            out.flush();
            return 0;
        }
    }
}
