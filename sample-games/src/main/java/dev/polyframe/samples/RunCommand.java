package dev.polyframe.samples;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.game.GameWatcher;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.RendererException;
import dev.polyframe.render.gl.GlRenderer;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polyframe run <game>}: loads a sample by name or a game folder, runs it windowed (or headless when asked
 * or when there is no display), then prints a stats table and writes a screenshot (and, when asked, stats JSON).
 *
 * <p>Main thread only.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a sample game or a game folder.")
final class RunCommand implements Callable<Integer> {
    /** Frames a headless run without --frames or --seconds runs: 10 s of game time at 60 Hz. */
    static final int DEFAULT_HEADLESS_FRAMES = 600;
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "sample name (e.g. protogame) or path to a folder with game.json")
    private String game;

    @Option(names = "--lang", description = "script language (default: the game's defaultLanguage)")
    private String language;

    @Option(names = "--no-jit", description = "run JavaScript and Python interpreted, without the Graal compiler "
            + "(read by the ./polyframe launcher, which then starts the JVM without it)")
    private boolean noJit;

    @Option(names = "--headless", description = "render offscreen, with no window")
    private boolean headless;

    @Option(names = "--frames", description = "stop after N main frames")
    private long frames;

    @Option(names = "--seconds", description = "stop after S seconds of game time")
    private double seconds;

    @Option(names = "--screenshot", description = "write the last frame as PNG (default: <game>-screenshot.png)")
    private Path screenshot;

    @Option(names = "--stats", description = "write run statistics as JSON")
    private Path stats;

    @Option(names = "--vsync", description = "wait for the display's vertical sync when windowed (default off: the "
            + "engine paces itself at 60 Hz, which keeps game time right on any refresh rate)")
    private boolean vsync;

    @Option(names = "--watch", description = "reload the game's scripts when a file in its folder changes (hot reload:"
            + " onSave() state goes to onLoad(state), entities survive; a script that fails to load leaves the old "
            + "code running)")
    private boolean watch;

    @Option(names = "--width", defaultValue = "1280", description = "framebuffer width, pixels (default 1280)")
    private int width;

    @Option(names = "--height", defaultValue = "720", description = "framebuffer height, pixels (default 720)")
    private int height;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Game loaded = resolveGame();
        String lang = loaded.language(language);
        ScriptBackend backend = ScriptBackends.require(lang);
        ScriptEntry entry = loaded.entry(lang);
        if (watch && loaded.folder().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run: --watch needs a game folder; "
                    + game + " is a packaged sample (copy it out, or pass a folder)");
        }
        boolean runHeadless = headless;
        if (!runHeadless && !GlRenderer.displayAvailable()) {
            out.println("No display found (DISPLAY/WAYLAND_DISPLAY unset): running headless.");
            runHeadless = true;
        }
        long frameLimit = frames;
        if (runHeadless && frames == 0 && seconds == 0) {
            frameLimit = DEFAULT_HEADLESS_FRAMES;
        }
        Path shot = screenshot != null ? screenshot : Path.of(loaded.manifest().name() + "-screenshot.png");
        EngineConfig config = EngineConfig.defaults().withMaxFrames(frameLimit).withMaxSeconds(seconds)
                .withRender(new RenderConfig(width, height, runHeadless, vsync && !runHeadless,
                        "Polyframe - " + loaded.manifest().name()))
                .withScriptBudget(loaded.manifest().scriptBudget());
        out.printf("Running %s (%s) %s, %s%n", loaded.manifest().name(), lang, runHeadless ? "headless" : "windowed",
                frameLimit > 0 ? frameLimit + " frames" : seconds > 0 ? seconds + " s" : "until closed");
        out.flush();
        Engine engine = new Engine(config, new GlRenderer(), backend, entry,
                error -> LOG.warn("script error: {}", error.format()));
        try (engine; GameWatcher watcher = watch ? GameWatcher.start(loaded.folder().orElseThrow(),
                engine::requestReload, GameWatcher.DEFAULT_DEBOUNCE) : null) {
            if (watcher != null) {
                out.println("Watching " + loaded.folder().orElseThrow().toAbsolutePath() + " for changes");
                out.flush();
            }
            runEngine(engine, runHeadless);
            writeScreenshot(engine, shot, out);
        }
        // Read after close: the worker has finished its last frame, so its errors and commands are counted.
        EngineStats result = engine.stats();
        StatsReport.printTable(result, out);
        if (stats != null) {
            StatsReport.writeJson(result, stats);
            out.println("Stats written to " + stats.toAbsolutePath());
        }
        out.flush();
        return 0;
    }

    private static void runEngine(Engine engine, boolean headless) {
        try {
            engine.run();
        } catch (RendererException e) {
            if (headless) {
                throw e;
            }
            throw new RendererException(e.getMessage() + " (no usable display? try --headless)", e);
        }
    }

    private static void writeScreenshot(Engine engine, Path shot, PrintWriter out) throws IOException {
        Path parent = shot.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        engine.screenshot(shot);
        out.println("Screenshot written to " + shot.toAbsolutePath());
    }

    private Game resolveGame() throws IOException {
        Path folder = Path.of(game);
        if (Files.isDirectory(folder)) {
            return Game.fromFolder(folder);
        }
        return Game.fromClasspath(game, RunCommand.class.getClassLoader()).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "run: game=" + game
                        + " is neither a sample name (try protogame) nor a folder with game.json"));
    }
}
