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
 * compares the script languages; {@code polyframe bench render}: instanced rendering of N moving entities. Each
 * prints a table. Main thread only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs a benchmark and prints a table.",
        subcommands = {BenchCommand.Cadence.class, BenchCommand.Flood.class, BenchCommand.Backends.class,
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
