package dev.polyframe.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.input.InputBuffers;
import dev.polyframe.sync.input.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputScriptInterfaceTest {
    private final ApiFixture fixture = new ApiFixture();
    private final InputBuffers input = fixture.snapshot.input();

    private static ScriptValue vec2(double x, double y) {
        return ScriptValue.fromJava(List.of(x, y));
    }

    @Test
    void shouldReadKeysFromThePublishedSnapshotOnly() {
        input.key(Keys.keyCode("W"), true);
        assertEquals(ScriptValue.of(false), fixture.call("input.isKeyDown", "W"), "not published yet");

        fixture.publish();

        assertEquals(ScriptValue.of(true), fixture.call("input.isKeyDown", "W"));
        assertEquals(ScriptValue.of(true), fixture.call("input.isKeyDown", "w"), "lower case is accepted");
        assertEquals(ScriptValue.of(true), fixture.call("input.wasKeyPressed", "W"));
        assertEquals(ScriptValue.of(false), fixture.call("input.wasKeyReleased", "W"));
    }

    @Test
    void shouldReportEdgesOnlyInTheScriptFrameAfterThem() {
        input.key(Keys.keyCode("SPACE"), true);
        input.key(Keys.keyCode("SPACE"), false);
        fixture.publish();
        assertEquals(ScriptValue.of(true), fixture.call("input.wasKeyPressed", "SPACE"));
        assertEquals(ScriptValue.of(true), fixture.call("input.wasKeyReleased", "SPACE"));
        assertEquals(ScriptValue.of(false), fixture.call("input.isKeyDown", "SPACE"));

        fixture.publish();

        assertEquals(ScriptValue.of(false), fixture.call("input.wasKeyPressed", "SPACE"));
        assertEquals(ScriptValue.of(false), fixture.call("input.wasKeyReleased", "SPACE"));
    }

    @Test
    void shouldReturnMousePositionDeltaButtonsAndWheel() {
        input.mouseMoved(100, 50);
        fixture.publish();
        input.mouseMoved(112, 44);
        input.mouseButton(Keys.BUTTON_RIGHT, true);
        input.scrolled(-2);
        fixture.publish();

        assertEquals(vec2(112, 44), fixture.call("input.mousePosition"));
        assertEquals(vec2(12, -6), fixture.call("input.mouseDelta"));
        assertEquals(ScriptValue.of(true), fixture.call("input.isMouseDown", "right"));
        assertEquals(ScriptValue.of(false), fixture.call("input.isMouseDown", "left"));
        assertEquals(ScriptValue.of(-2.0), fixture.call("input.wheelDelta"));
    }

    @Test
    void shouldRejectAnUnknownKeyNameNamingMethodParameterAndValue() {
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> fixture.call("input.wasKeyPressed", "W2"));

        assertEquals(ScriptApiException.Kind.RANGE, e.kind());
        assertEquals("input.wasKeyPressed", e.method());
        assertEquals(true, e.getMessage().startsWith("input.wasKeyPressed: name=\"W2\" is not a key name"),
                e.getMessage());
    }

    @Test
    void shouldRejectANonStringKeyAsATypeError() {
        ScriptApiException e = assertThrows(ScriptApiException.class, () -> fixture.call("input.isKeyDown", 87));

        assertEquals(ScriptApiException.Kind.TYPE, e.kind());
        assertEquals(true, e.getMessage().contains("name=87"), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownMouseButton() {
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> fixture.call("input.isMouseDown", "back"));

        assertEquals(ScriptApiException.Kind.RANGE, e.kind());
        assertEquals("input.isMouseDown: button=\"back\" must be \"left\", \"right\" or \"middle\"", e.getMessage());
    }
}
