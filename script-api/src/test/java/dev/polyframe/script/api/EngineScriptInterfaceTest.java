package dev.polyframe.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polyframe.script.api.ApiFixture.HandleCommand;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineScriptInterfaceTest {
    private final ApiFixture fixture = new ApiFixture();

    @Test
    void shouldReadZeroTimeAndFrameBeforeFirstPublish() {
        assertEquals(ScriptValue.of(0.0), fixture.call("engine.time"));
        assertEquals(ScriptValue.of(0.0), fixture.call("engine.frame"));
    }

    @Test
    void shouldReadTimeAndFrameOfPublishedSnapshot() {
        fixture.snapshot.publish(42, 1.25);

        assertEquals(ScriptValue.of(1.25), fixture.call("engine.time"));
        assertEquals(ScriptValue.of(42.0), fixture.call("engine.frame"));
    }

    @Test
    void shouldReturnMetricsAsTable() {
        assertEquals(new ScriptValue.Table(Map.of("frames", ScriptValue.of(1.0))), fixture.call("engine.metrics"));
    }

    @Test
    void shouldLogAnyValueWithoutEnqueuing() {
        assertEquals(ScriptValue.NIL, fixture.call("engine.log", "hello"));
        assertEquals(ScriptValue.NIL, fixture.call("engine.log", List.of(1, 2)));

        assertEquals(0, fixture.ring.submitted());
    }

    @Test
    void shouldEncodeQuit() {
        fixture.call("engine.quit");

        assertEquals(List.of(new HandleCommand(MessageTypeIds.ENGINE_QUIT, 0, 0, 0, 0, 0)), fixture.drain());
    }
}
