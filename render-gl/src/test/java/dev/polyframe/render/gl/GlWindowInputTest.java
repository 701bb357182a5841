package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_F3;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_W;
import static org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.GLFW_REPEAT;

import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.sync.input.InputBuffers;
import dev.polyframe.sync.input.Keys;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lwjgl.glfw.GLFW;

/**
 * The window's input path: GLFW key codes and button numbers match the names scripts use, and the callbacks the
 * window installs feed the engine's live input (invoked directly: the headless null platform produces no events).
 */
class GlWindowInputTest {

    @Test
    void shouldNameEveryGlfwKeyWithItsGlfwCode() throws IllegalAccessException {
        List<String> unnamed = new ArrayList<>();
        for (Field field : GLFW.class.getFields()) {
            String name = field.getName();
            if (!name.startsWith("GLFW_KEY_") || !Modifier.isStatic(field.getModifiers())
                    || name.equals("GLFW_KEY_UNKNOWN") || name.equals("GLFW_KEY_LAST")) {
                continue;
            }
            String key = name.substring("GLFW_KEY_".length());
            if (Keys.keyCode(key) != field.getInt(null)) {
                unnamed.add(key + "=" + field.getInt(null) + " (Keys says " + Keys.keyCode(key) + ")");
            }
        }
        assertEquals(List.of(), unnamed, "GLFW keys without a matching Keys name");
        assertEquals(GLFW.GLFW_KEY_LAST + 1, Keys.KEY_COUNT);
        assertEquals(GLFW.GLFW_MOUSE_BUTTON_LAST + 1, Keys.BUTTON_COUNT);
        assertEquals(GLFW.GLFW_MOUSE_BUTTON_LEFT, Keys.buttonCode("left"));
        assertEquals(GLFW.GLFW_MOUSE_BUTTON_RIGHT, Keys.buttonCode("right"));
        assertEquals(GLFW.GLFW_MOUSE_BUTTON_MIDDLE, Keys.buttonCode("middle"));
    }

    @Test
    void shouldFeedWindowEventsIntoTheLiveInputAndDropKeyRepeats() {
        InputBuffers input = new InputBuffers();
        try (GlWindow window = GlWindow.open(new RenderConfig(64, 48, true, false, "input"))) {
            window.captureInput(input);
            long handle = 0;
            window.keyCallback().invoke(handle, GLFW_KEY_W, 0, GLFW_PRESS, 0);
            window.keyCallback().invoke(handle, GLFW_KEY_W, 0, GLFW_REPEAT, 0);
            window.keyCallback().invoke(handle, GLFW_KEY_F3, 0, GLFW_PRESS, 0);
            window.keyCallback().invoke(handle, GLFW_KEY_F3, 0, GLFW_RELEASE, 0);
            window.keyCallback().invoke(handle, GLFW.GLFW_KEY_UNKNOWN, 0, GLFW_PRESS, 0);
            window.cursorCallback().invoke(handle, 10.5, 20);
            window.cursorCallback().invoke(handle, 15.5, 18);
            window.buttonCallback().invoke(handle, GLFW_MOUSE_BUTTON_LEFT, GLFW_PRESS, 0);
            window.scrollCallback().invoke(handle, 0, -1);
        }
        input.publish();

        assertTrue(input.front().keyDown(Keys.keyCode("W")));
        assertEquals(1, input.front().keyPresses(Keys.keyCode("W")), "the repeat is no second press");
        assertFalse(input.front().keyDown(Keys.keyCode("F3")));
        assertEquals(1, input.front().keyReleases(Keys.keyCode("F3")));
        assertEquals(15.5, input.front().mouseX());
        assertEquals(5.0, input.front().mouseDx());
        assertEquals(-2.0, input.front().mouseDy());
        assertTrue(input.front().buttonDown(Keys.BUTTON_LEFT));
        assertEquals(-1.0, input.front().wheel());
    }
}
