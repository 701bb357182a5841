package dev.polyframe.samples;

import static dev.polyframe.script.binding.ScriptParam.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.js.JsScriptBackend;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.script.worker.ScriptBudget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A JavaScript game tries to send twice the command ring's capacity every script frame for 5 s of gameplay. The
 * engine keeps running, every refused command reaches the script as an error, and every accepted one is applied:
 * nothing is lost or invented. (Its effect on frame times is measured by {@code polyframe bench flood}, not here.)
 */
class CommandFloodIT {
    private static final int RING_BYTES = 1 << 16;
    private static final int COMMAND_BYTES = 48;

    private static final String FLOOD = """
            const ATTEMPTS = %d;
            let h = 0;
            let accepted = 0;
            let refused = 0;
            let otherErrors = 0;
            function init() {
                h = entity.createMesh("cube");
                accepted += 1;
            }
            function update(dt) {
                for (let i = 0; i < ATTEMPTS; i++) {
                    try {
                        entity.setPosition(h, [i, 0, 0]);
                        accepted += 1;
                    } catch (e) {
                        if (e.message.includes("command queue full (capacity %d)")) {
                            refused += 1;
                        } else {
                            otherErrors += 1;
                        }
                    }
                }
                probe.report(accepted, refused, otherErrors);
            }
            """.formatted(2 * RING_BYTES / COMMAND_BYTES, RING_BYTES);

    @Test
    void shouldRefuseTheOverflowWithScriptErrorsAndApplyEveryAcceptedCommand() {
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong otherErrors = new AtomicLong();
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        // An interpreted flood frame may exceed the watchdog's 250 ms on a loaded machine; timing is not under test.
        EngineConfig config = EngineConfig.defaults().withMaxSeconds(5).withCommandRingBytes(RING_BYTES)
                .withScriptBudget(ScriptBudget.defaults().withFrameMillis(0));
        // The flood must outpace the main thread's drain. While the Graal JIT warms up on a loaded 2-core machine a
        // script runs far slower than interpreted (0.2-0.6 s per frame of this flood, compilation competing for the
        // cores), so the drain kept up and nothing overflowed. This test is about refusal and accounting, not speed:
        // it pins the interpreter on its own engine.
        org.graalvm.polyglot.Engine interpreted = org.graalvm.polyglot.Engine.newBuilder("js")
                .allowExperimentalOptions(true).option("engine.Compilation", "false")
                .option("engine.WarnInterpreterOnly", "false").build();
        Engine engine = new Engine(config, new NullRenderer(), new JsScriptBackend(interpreted),
                new ScriptSource("flood.js", FLOOD), errors::add);
        engine.addInterface(apis -> ScriptInterface.builder("probe", "test probe")
                .method("report", "the script's own counts", ScriptType.NONE, "", args -> {
                    accepted.set((long) args.number(0));
                    refused.set((long) args.number(1));
                    otherErrors.set((long) args.number(2));
                    return ScriptValue.NIL;
                }, required("accepted", ScriptType.NUMBER, "", ""), required("refused", ScriptType.NUMBER, "", ""),
                        required("other", ScriptType.NUMBER, "", ""))
                .build());
        try {
            engine.run();
        } finally {
            engine.close();
            interpreted.close();
        }
        EngineStats stats = engine.stats();

        assertEquals(List.of(), errors, "no uncaught script error");
        assertEquals(0, otherErrors.get(), "every refusal named the queue and its capacity");
        assertTrue(refused.get() > 0, "the flood overflowed the ring: " + stats);
        assertEquals(300, stats.frames() - stats.loadingFrames(), "the main loop ran all 5 s of gameplay");
        long scriptFrames = stats.scriptFrames();
        // Frame-end markers are commands too: each script frame writes one, or is refused one when the ring is full.
        assertEquals(accepted.get() + refused.get() + scriptFrames,
                stats.commandsSubmitted() + stats.commandsRejected(), "every attempt was either accepted or refused");
        assertTrue(stats.commandsRejected() >= refused.get(), "every refusal the script saw was counted");
        assertEquals(stats.commandsSubmitted(), stats.commandsApplied() + stats.commandsFailed(),
                "every accepted command was applied (or failed with an error)");
        assertEquals(0, stats.commandsFailed());
    }
}
