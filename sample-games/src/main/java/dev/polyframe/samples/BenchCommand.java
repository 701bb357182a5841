package dev.polyframe.samples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polyframe bench cadence}: measures the main loop's cadence with a slow script against an idle one and
 * prints a table. Main thread only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs a benchmark and prints a table.",
        subcommands = {BenchCommand.Cadence.class})
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
            CadenceBenchmark benchmark = new CadenceBenchmark(frames, rounds, scriptMillis);
            benchmark.printTable(benchmark.run(), out);
            out.flush();
            return 0;
        }
    }
}
