package dev.polyframe.script.api;

import static dev.polyframe.script.api.ApiFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.api.ApiFixture.HandleCommand;
import dev.polyframe.script.api.ApiFixture.LineCommand;
import dev.polyframe.script.api.ApiFixture.ShapeCommand;
import dev.polyframe.script.api.ApiFixture.TextCommand;
import dev.polyframe.script.api.ApiFixture.WorldTextCommand;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugRenderScriptInterfaceTest {
    private final ApiFixture fixture = new ApiFixture();

    @Test
    void shouldEncodeTextWithEveryOption() {
        fixture.call("debug.text", "fps: 60 — ünïcödé ✓ 日本", List.of(10, 20.5),
                options("color", List.of(255, 0, 0, 128), "duration", 1.5, "size", 24));

        assertEquals(List.of(new TextCommand(0xFF000080, 1.5, 24, 10, 20.5, "fps: 60 — ünïcödé ✓ 日本")),
                fixture.drain());
    }

    @Test
    void shouldEncodeTextDefaultsOfWhiteOneFrameSixteenPixels() {
        fixture.call("debug.text", "hi", List.of(0, 0));

        assertEquals(List.of(new TextCommand(0xFFFFFFFF, 0, 16, 0, 0, "hi")), fixture.drain());
    }

    @Test
    void shouldEncodeEmptyText() {
        fixture.call("debug.text", "", List.of(1, 2));

        assertEquals(List.of(new TextCommand(0xFFFFFFFF, 0, 16, 1, 2, "")), fixture.drain());
    }

    @Test
    void shouldAcceptTextOfMaximumLength() {
        String text = "é".repeat(DebugRenderAPI.MAX_TEXT_BYTES / 2);

        fixture.call("debug.text", text, List.of(0, 0));

        assertEquals(text, ((TextCommand) fixture.drain().get(0)).text());
    }

    @Test
    void shouldEncodeLine() {
        fixture.call("debug.line", List.of(0, 1, 2), List.of(3, 4.5, -5),
                options("color", List.of(0, 255, 0), "duration", 2));

        assertEquals(List.of(new LineCommand(0x00FF00FF, 2, List.of(0.0, 1.0, 2.0, 3.0, 4.5, -5.0))),
                fixture.drain());
    }

    @Test
    void shouldEncodeLineDefaults() {
        fixture.call("debug.line", List.of(0, 0, 0), List.of(1, 1, 1));

        assertEquals(List.of(new LineCommand(0xFFFFFFFF, 0, List.of(0.0, 0.0, 0.0, 1.0, 1.0, 1.0))),
                fixture.drain());
    }

    @Test
    void shouldEncodeWorldTextAtItsWorldPoint() {
        fixture.call("debug.worldText", "tag", List.of(1, -2, 3.5),
                options("color", List.of(0, 0, 255, 255), "duration", 0.25, "size", 20));

        assertEquals(List.of(new WorldTextCommand(0x0000FFFF, 0.25, 20, 1, -2, 3.5, "tag")), fixture.drain());
    }

    @Test
    void shouldEncodeABoxAsCentreAndEdgeLengths() {
        fixture.call("debug.box", List.of(1, 2, 3), List.of(2, 4, 0.5), options("color", List.of(255, 0, 0, 128)));

        assertEquals(List.of(new ShapeCommand(MessageTypeIds.DEBUG_BOX, 0xFF000080, 0,
                List.of(1.0, 2.0, 3.0, 2.0, 4.0, 0.5))), fixture.drain());
    }

    @Test
    void shouldEncodeASphereAsCentreAndRadius() {
        fixture.call("debug.sphere", List.of(0, 0, 1), 2.5, options("duration", 3));

        assertEquals(List.of(new ShapeCommand(MessageTypeIds.DEBUG_SPHERE, 0xFFFFFFFF, 3,
                List.of(0.0, 0.0, 1.0, 2.5, 0.0, 0.0))), fixture.drain());
    }

    @Test
    void shouldEncodeClear() {
        fixture.call("debug.clear");

        assertEquals(List.of(new HandleCommand(MessageTypeIds.DEBUG_CLEAR, 0, 0, 0, 0, 0)), fixture.drain());
    }

    @Test
    void shouldRejectTextLongerThanASmallRingTakesWithRangeError() {
        ApiFixture small = new ApiFixture(1024);
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> small.call("debug.text", "x".repeat(200), List.of(0, 0)));
        assertEquals("debug.text", e.method());
        assertEquals(ScriptApiException.Kind.RANGE, e.kind());
        assertEquals(0, small.ring.submitted(), "nothing enqueued");
    }
}
