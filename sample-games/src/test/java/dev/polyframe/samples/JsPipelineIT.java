package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptError;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Acceptance tests 2-4 of the walking skeleton: real JavaScript through the real pipeline, headless. */
class JsPipelineIT {

    @Test
    void shouldReadOnlyValuesSetInEarlierFramesAndNeverTornOrFuture() {
        String script = """
                let h;
                let n = 0;
                let last = -1;
                let reads = 0;
                function init() { h = entity.createMesh("cube"); }
                function update(dt) {
                  const p = entity.getPosition(h);
                  if (p !== null) {
                    if (p[1] !== 2 * p[0] || p[2] !== 3 * p[0]) throw new Error(`torn read ${p}`);
                    if (p[0] > n) throw new Error(`future value ${p[0]}: only 1..${n} were set`);
                    if (p[0] < last) throw new Error(`value went backwards ${p[0]} < ${last}`);
                    last = p[0];
                    reads++;
                  }
                  n++;
                  entity.setPosition(h, [n, 2 * n, 3 * n]);
                  if (reads >= 120) engine.quit();
                }
                """;
        JsGames.Run run = JsGames.run("readback.js", script, EngineConfig.defaults().withMaxFrames(1200),
                new NullRenderer());
        assertEquals(0, run.stats().scriptErrors(), () -> "script saw a bad read: " + run.errors());
        assertTrue(run.stats().frames() < 1200, "the script made 120 checked reads and quit");
    }

    @Test
    void shouldKeepMainCadenceWhenUpdateTakes50Milliseconds() {
        String idle = "function update(dt) {}";
        String slow = """
                function update(dt) {
                  const end = Date.now() + 50;
                  while (Date.now() < end) { }
                }
                """;
        EngineConfig config = EngineConfig.defaults().withMaxFrames(300);
        // Warm the JVM first (first GraalJS context, JIT of the engine and the interpreter) so that neither measured
        // run pays for it; both then measure gameplay frames only (EngineStats: loading phase excluded).
        JsGames.run("warmup.js", slow, EngineConfig.defaults().withMaxFrames(120), new NullRenderer());
        JsGames.Run baseline = JsGames.run("idle.js", idle, config, new NullRenderer());
        JsGames.Run busy = JsGames.run("slow.js", slow, config, new NullRenderer());

        LoggerFactory.getLogger(JsPipelineIT.class).info("frame time p50/p99/max ms: idle script {}/{}/{}, "
                + "50 ms script {}/{}/{}; script frames {} of {}", baseline.stats().frameTimeP50Ms(),
                baseline.stats().frameTimeP99Ms(), baseline.stats().frameTimeMaxMs(), busy.stats().frameTimeP50Ms(),
                busy.stats().frameTimeP99Ms(), busy.stats().frameTimeMaxMs(), busy.stats().scriptFrames(),
                busy.stats().frames());
        double limit = baseline.stats().frameTimeP99Ms() * 1.10;
        assertTrue(busy.stats().frameTimeP99Ms() <= limit, () -> "frame-time p99 " + busy.stats().frameTimeP99Ms()
                + " ms with a 50 ms script vs " + baseline.stats().frameTimeP99Ms() + " ms without");
        double scriptHz = busy.stats().scriptFrames() / (busy.stats().frames() / 60.0);
        // 50 ms is three 60 Hz periods: the next trigger comes at the third or, when the script frame ends just
        // after that boundary, the fourth main frame: 15-20 Hz.
        assertTrue(scriptHz >= 12 && scriptHz <= 21, "script frames at " + scriptHz + " Hz");
        assertTrue(busy.stats().frameSkips() >= busy.stats().frames() / 2,
                "frame skips counted: " + busy.stats().frameSkips());
        assertEquals(0, busy.stats().scriptErrors());
    }

    @Test
    void shouldReportEveryExceptionWithFileAndLineAndKeepRendering() {
        String script = """
                function update(dt) {
                  throw new Error("boom at frame " + engine.frame());
                }
                """;
        NullRenderer renderer = new NullRenderer();
        JsGames.Run run = JsGames.run("thrower.js", script, EngineConfig.defaults().withMaxFrames(120), renderer);
        assertEquals(120, run.stats().frames());
        assertEquals(120, renderer.framesRendered(), "every main frame rendered");
        assertTrue(run.stats().scriptErrors() >= 60, "errors counted: " + run.stats().scriptErrors());
        assertEquals(run.stats().scriptErrors(), run.errors().size(), "every error reported");
        for (ScriptError error : run.errors()) {
            assertEquals("thrower.js", error.file());
            assertEquals(2, error.line(), error::format);
            assertTrue(error.message().contains("boom at frame"), error::format);
        }
    }
}
