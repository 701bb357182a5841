package dev.polyframe.samples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code polyframe} launcher: {@code polyframe run <game> [options]}. Runs on the process's main thread, which
 * becomes the engine's main thread.
 */
@Command(name = "polyframe", mixinStandardHelpOptions = true, version = "polyframe 0.1.0",
        description = "Runs Polyframe games.", subcommands = {RunCommand.class, BenchCommand.class})
public final class PolyframeCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Entry point.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new PolyframeCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
