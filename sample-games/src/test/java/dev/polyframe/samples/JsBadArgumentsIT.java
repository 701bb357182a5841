package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance test 5: every bad-argument class raises a native JS error at the call, naming method, parameter and
 * value, and enqueues nothing. The test thread plays the script worker.
 */
class JsBadArgumentsIT {
    private static final String PRELUDE = """
            function probe(code) {
              try { (new Function(code))(); return "ok"; } catch (e) { return e.name + ": " + e.message; }
            }
            var h = entity.createMesh("cube");
            var dead = entity.createMesh("cube");
            entity.destroy(dead);
            var cam = camera.create({});
            """;

    private MessageRing commands;
    private ScriptRuntime runtime;

    @BeforeEach
    void startRuntime() throws ScriptException {
        start(1 << 16);
    }

    private void start(int ringBytes) throws ScriptException {
        commands = new MessageRing("commands", ringBytes);
        ScriptApis apis = new ScriptApis(commands, new SnapshotBuffers(16), Map::of);
        runtime = ScriptBackends.require("js").createRuntime();
        for (ScriptInterface scriptInterface : apis.interfaces()) {
            runtime.bind(scriptInterface);
        }
        runtime.load(new ScriptSource("probe.js", PRELUDE));
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                Arguments.of("entity.setPosition(h, [1, NaN, 3])", "RangeError", List.of("entity.setPosition",
                        "position=[1, NaN, 3]")),
                Arguments.of("entity.setPosition(h, [1, Infinity, 3])", "RangeError", List.of("entity.setPosition",
                        "position=[1, Infinity, 3]")),
                Arguments.of("entity.setPosition(h, 'up')", "TypeError", List.of("entity.setPosition",
                        "position=\"up\"")),
                Arguments.of("entity.setPosition(h, [1, 2, 3, 4])", "TypeError", List.of("position=[1, 2, 3, 4]")),
                Arguments.of("entity.setPosition(h)", "TypeError", List.of("entity.setPosition",
                        "missing argument position")),
                Arguments.of("entity.setPosition(h, [1, 2, 3], 4)", "TypeError", List.of("entity.setPosition",
                        "too many arguments", "extra value=4")),
                Arguments.of("entity.createMesh('teapot')", "RangeError", List.of("entity.createMesh",
                        "meshType=\"teapot\"")),
                Arguments.of("entity.createMesh(42)", "TypeError", List.of("entity.createMesh", "meshType=42")),
                Arguments.of("entity.createMesh('cube', {color: [300, 0, 0, 255]})", "RangeError",
                        List.of("entity.createMesh", "options.color=[300, 0, 0, 255]")),
                Arguments.of("entity.createMesh('cube', {color: [1.5, 0, 0, 255]})", "RangeError",
                        List.of("options.color=[1.5, 0, 0, 255]")),
                Arguments.of("entity.createMesh('cube', {colour: [1, 2, 3]})", "TypeError",
                        List.of("entity.createMesh", "options.colour=[1, 2, 3]", "not an option")),
                Arguments.of("entity.createMesh('cube', {scale: 0})", "RangeError", List.of("options.scale=0")),
                Arguments.of("entity.setScale(h, -1)", "RangeError", List.of("entity.setScale", "scale=-1")),
                Arguments.of("entity.setColor(h, [0, 0, 256, 0])", "RangeError", List.of("entity.setColor",
                        "color=[0, 0, 256, 0]")),
                Arguments.of("entity.setActive(h, 'yes')", "TypeError", List.of("entity.setActive",
                        "active=\"yes\"")),
                Arguments.of("entity.setPosition(9999, [0, 0, 0])", "Error", List.of("entity.setPosition",
                        "handle=9999", "unknown")),
                Arguments.of("entity.setPosition(dead, [0, 0, 0])", "Error", List.of("entity.setPosition",
                        "destroyed")),
                Arguments.of("entity.setPosition(cam, [0, 0, 0])", "Error", List.of("entity.setPosition",
                        "a camera")),
                Arguments.of("entity.destroy(dead)", "Error", List.of("entity.destroy", "destroyed")),
                Arguments.of("entity.getPosition(1.5)", "Error", List.of("entity.getPosition", "handle=1.5")),
                Arguments.of("camera.setPosition(h, [0, 0, 0])", "Error", List.of("camera.setPosition",
                        "not a live camera")),
                Arguments.of("camera.create({fov: 0})", "RangeError", List.of("camera.create", "options.fov=0")),
                Arguments.of("camera.create({type: 'fisheye'})", "RangeError", List.of("options.type=\"fisheye\"")),
                Arguments.of("debug.text(42, [0, 0])", "TypeError", List.of("debug.text", "text=42")),
                Arguments.of("debug.text('x', [0, 0], {duration: -1})", "RangeError", List.of("debug.text",
                        "options.duration=-1")),
                Arguments.of("debug.line([0, 0, 0], [1, 1])", "TypeError", List.of("debug.line", "to=[1, 1]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void shouldRaiseNativeErrorNamingMethodParameterAndValueAndEnqueueNothing(String call, String errorName,
            List<String> mentions) throws ScriptException {
        long before = commands.submitted();
        String outcome = ((ScriptValue.Str) runtime.call("probe", List.of(ScriptValue.of(call)))).value();
        assertTrue(outcome.startsWith(errorName + ": "), () -> call + " -> " + outcome);
        for (String mention : mentions) {
            assertTrue(outcome.contains(mention), () -> call + " -> " + outcome + " lacks " + mention);
        }
        assertEquals(before, commands.submitted(), "nothing enqueued by " + call);
    }

    @Test
    void shouldRaiseQueueFullNamingCapacityAndKeepEveryAcceptedCommand() throws ScriptException {
        runtime.close();
        start(1024);
        long before = commands.submitted();
        String outcome = ((ScriptValue.Str) runtime.call("probe", List.of(ScriptValue.of(
                "for (let i = 0; i < 1000; i++) entity.setPosition(h, [i, 0, 0]);")))).value();
        assertTrue(outcome.startsWith("Error: entity.setPosition: command queue full (capacity 1024)"), outcome);
        long accepted = commands.submitted() - before;
        assertTrue(accepted > 0 && accepted < 1000, "accepted " + accepted);
        double[] expectedX = {0};
        int[] seen = {0};
        int drained = commands.drain((type, buffer, index, length) -> {
            if (type == dev.polyframe.sync.protocol.MessageTypeIds.ENTITY_SET_POSITION) {
                double x = new dev.polyframe.sync.protocol.HandleCommandFlyweight().wrap(buffer, index).x();
                assertEquals(expectedX[0]++, x, "commands arrive in order, none lost");
                seen[0]++;
            }
        }, Integer.MAX_VALUE);
        assertEquals(accepted, seen[0], "every accepted command drained");
        assertTrue(drained >= seen[0]);
        assertEquals(1, commands.rejected());
    }
}
