package dev.polyframe.samples;

import dev.polyframe.ecs.render.RendererException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code polyframe} launcher: {@code polyframe run <game> [options]}. Runs on the process's main thread, which
 * becomes the engine's main thread.
 */
@Command(name = "polyframe", mixinStandardHelpOptions = true, version = "polyframe 0.1.0",
        description = "Runs Polyframe games.", subcommands = {RunCommand.class, BenchCommand.class})
public final class PolyframeCli implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PolyframeCli.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Entry point.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PolyframeCli());
        cli.setExecutionExceptionHandler(PolyframeCli::onFailure);
        System.exit(cli.execute(args));
    }

    /** Expected failures (bad game, language, file, no GL) print one line; anything else is a bug: log it whole. */
    private static int onFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (failure instanceof IllegalArgumentException || failure instanceof IOException
                || failure instanceof RendererException) {
            commandLine.getErr().println("polyframe " + commandLine.getCommandName() + ": " + failure.getMessage());
        } else {
            LOG.error("polyframe {} failed", commandLine.getCommandName(), failure);
        }
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
