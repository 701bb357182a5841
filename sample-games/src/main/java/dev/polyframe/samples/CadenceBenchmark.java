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
 * Measures whether a slow script disturbs the main loop's cadence (walking-skeleton acceptance 3): the same engine
 * runs a JavaScript game whose {@code update} does nothing and one whose {@code update} busy-waits, alternately, and
 * the frame-time p99 of the two are compared. Goal: the slow game's p99 within 10 % of the idle game's.
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

    private final int frames;
    private final int rounds;
    private final int scriptMillis;

    /**
     * @param frames main frames per run (60 per second)
     * @param rounds idle/slow pairs to run
     * @param scriptMillis how long the slow game's {@code update} busy-waits, milliseconds
     */
    CadenceBenchmark(int frames, int rounds, int scriptMillis) {
        this.frames = frames;
        this.rounds = rounds;
        this.scriptMillis = scriptMillis;
    }

    private String slowScript() {
        return "function update(dt) { const end = Date.now() + " + scriptMillis + "; while (Date.now() < end) { } }";
    }

    /** Runs a warm-up, then the rounds; returns every sample in run order. */
    List<Sample> run() {
        LOG.info("cadence benchmark: warming up");
        runGame("warmup.js", slowScript(), Math.min(frames, 120));
        List<Sample> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            samples.add(new Sample("idle", runGame("idle.js", IDLE, frames)));
            samples.add(new Sample("slow", runGame("slow.js", slowScript(), frames)));
        }
        return samples;
    }

    private EngineStats runGame(String name, String script, int frameCount) {
        try (Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(frameCount), new NullRenderer(),
                ScriptBackends.require("js"), new ScriptSource(name, script),
                error -> LOG.warn("script error: {}", error.format()))) {
            return engine.run();
        }
    }

    /** Prints one row per run, then the medians, the ratio and the verdict against the 10 % goal. */
    void printTable(List<Sample> samples, PrintWriter out) {
        out.printf("%-6s %8s %8s %8s %9s %8s %8s%n", "game", "p50 ms", "p99 ms", "max ms", "script/s", "skips",
                "errors");
        for (Sample s : samples) {
            EngineStats st = s.stats();
            out.printf("%-6s %8.2f %8.2f %8.2f %9.1f %8d %8d%n", s.game(), st.frameTimeP50Ms(), st.frameTimeP99Ms(),
                    st.frameTimeMaxMs(), st.scriptFrames() * 60.0 / st.frames(), st.frameSkips(),
                    st.scriptErrors());
        }
        double idle = medianP99(samples, "idle");
        double slow = medianP99(samples, "slow");
        out.printf("median frame-time p99: idle %.2f ms, %d ms script %.2f ms, ratio %.3f (goal <= 1.10: %s)%n",
                idle, scriptMillis, slow, slow / idle, slow <= idle * 1.10 ? "met" : "NOT met");
    }

    static double medianP99(List<Sample> samples, String game) {
        List<Double> values = samples.stream().filter(s -> s.game().equals(game))
                .map(s -> s.stats().frameTimeP99Ms()).sorted().toList();
        return values.get(values.size() / 2);
    }
}
