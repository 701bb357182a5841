package dev.polyframe.samples;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures whether a script's load disturbs the main loop's cadence: the same engine runs an idle JavaScript game
 * and a loaded one (an {@code update} that busy-waits, or one that floods the command ring), alternately, and the
 * frame-time p99 of the two are compared. Goal (issues #2 and #5): the loaded game's p99 within 10 % of the idle
 * game's.
 *
 * <p>Runs on the calling thread, which becomes each engine's main thread; no renderer (the null renderer), so the
 * numbers show the loop and the sync layer, not the GPU. Alternating rounds and medians keep one burst of outside
 * noise (a shared VM's steal time) from deciding the result.
 */
final class CadenceBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(CadenceBenchmark.class);
    private static final String IDLE = "function update(dt) {}";

    /** One measured run. */
    record Sample(String game, EngineStats stats) {
    }

    private final String load;
    private final String loadScript;
    private final EngineConfig config;
    private final int rounds;

    /**
     * @param load what the loaded game does, for the table, for example {@code "50 ms update"}
     * @param loadScript the loaded game's JavaScript
     * @param config the engine settings of every run, including its frame limit
     * @param rounds idle/loaded pairs to run
     */
    CadenceBenchmark(String load, String loadScript, EngineConfig config, int rounds) {
        this.load = load;
        this.loadScript = loadScript;
        this.config = config;
        this.rounds = rounds;
    }

    /** @return an {@code update} that busy-waits {@code millis} milliseconds */
    static String slowScript(int millis) {
        return "function update(dt) { const end = Date.now() + " + millis + "; while (Date.now() < end) { } }";
    }

    /** @return an {@code update} that tries {@code attempts} commands per frame and counts the refused ones */
    static String floodScript(int attempts) {
        return "let h = 0; let refused = 0;\n"
                + "function init() { h = entity.createMesh('cube'); }\n"
                + "function update(dt) { for (let i = 0; i < " + attempts + "; i++) {"
                + " try { entity.setPosition(h, [i, 0, 0]); } catch (e) { refused++; } } }";
    }

    /** Runs a warm-up, then the rounds; returns every sample in run order. */
    List<Sample> run() {
        LOG.info("cadence benchmark ({}): warming up", load);
        runGame("warmup.js", loadScript, config.withMaxFrames(Math.min(config.maxFrames(), 120)));
        List<Sample> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            samples.add(new Sample("idle", runGame("idle.js", IDLE, config)));
            samples.add(new Sample("loaded", runGame("loaded.js", loadScript, config)));
        }
        return samples;
    }

    private static EngineStats runGame(String name, String script, EngineConfig runConfig) {
        Engine engine = new Engine(runConfig, new NullRenderer(), ScriptBackends.require("js"),
                new ScriptSource(name, script), error -> LOG.warn("script error: {}", error.format()));
        try {
            engine.run();
        } finally {
            engine.close();
        }
        return engine.stats();
    }

    /** Prints one row per run, then the medians, the ratio and the verdict against the 10 % goal. */
    void printTable(List<Sample> samples, PrintWriter out) {
        out.printf("%-6s %8s %8s %8s %9s %8s %10s %10s %8s%n", "game", "p50 ms", "p99 ms", "max ms", "script/s",
                "skips", "applied", "rejected", "budget");
        for (Sample s : samples) {
            EngineStats st = s.stats();
            out.printf("%-6s %8.2f %8.2f %8.2f %9.1f %8d %10d %10d %8d%n", s.game(), st.frameTimeP50Ms(),
                    st.frameTimeP99Ms(), st.frameTimeMaxMs(), st.scriptFrames() * 60.0 / st.frames(),
                    st.frameSkips(), st.commandsApplied(), st.commandsRejected(), st.drainBudgetStops());
        }
        double idle = medianP99(samples, "idle");
        double loaded = medianP99(samples, "loaded");
        out.printf("median frame-time p99: idle %.2f ms, %s %.2f ms, ratio %.3f (goal <= 1.10: %s)%n",
                idle, load, loaded, loaded / idle, loaded <= idle * 1.10 ? "met" : "NOT met");
    }

    static double medianP99(List<Sample> samples, String game) {
        List<Double> values = samples.stream().filter(s -> s.game().equals(game))
                .map(s -> s.stats().frameTimeP99Ms()).sorted().toList();
        return values.get(values.size() / 2);
    }
}
