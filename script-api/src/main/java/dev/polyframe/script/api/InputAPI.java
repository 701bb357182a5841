package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.input.InputSnapshot;
import dev.polyframe.sync.input.Keys;

/**
 * Keyboard and mouse for scripts, language-neutral: reads the input section of the front snapshot (the main thread
 * captured it and published it with the last main frame). Reads never see input that arrived after that publish.
 *
 * <p>Edges ({@link #wasKeyPressed}, {@link #wasKeyReleased}), {@link #mouseDelta()} and {@link #wheelDelta()} cover
 * the time between the previous script frame's publish and this one's: none is lost when the script runs slower than
 * the main loop (see {@link InputSnapshot}).
 *
 * <p>Key names are those of {@link Keys} (GLFW's key names without {@code GLFW_KEY_}: {@code "A"}..{@code "Z"},
 * {@code "0"}..{@code "9"}, {@code "SPACE"}, {@code "ENTER"}, {@code "ESCAPE"}, {@code "TAB"}, {@code "BACKSPACE"},
 * {@code "LEFT"}/{@code "RIGHT"}/{@code "UP"}/{@code "DOWN"}, {@code "F1"}..{@code "F25"}, {@code "LEFT_SHIFT"},
 * {@code "RIGHT_CONTROL"}, ...; lower case accepted); buttons are {@code "left"}, {@code "right"},
 * {@code "middle"}.
 *
 * <p>Script worker thread only, during a script frame.
 */
public final class InputAPI {
    private final InputSnapshot input;

    InputAPI(InputSnapshot input) {
        this.input = input;
    }

    /**
     * @param name a key name
     * @return whether the key was down at the last published main frame
     * @throws ScriptApiException of kind RANGE naming {@code input.isKeyDown} and the name when it is no key name
     */
    public boolean isKeyDown(String name) {
        return input.keyDown(keyCode("input.isKeyDown", name));
    }

    /**
     * @param name a key name
     * @return whether the key went down at least once since the previous script frame (a tap that already ended
     *     counts)
     * @throws ScriptApiException of kind RANGE when {@code name} is no key name
     */
    public boolean wasKeyPressed(String name) {
        return input.keyPresses(keyCode("input.wasKeyPressed", name)) > 0;
    }

    /**
     * @param name a key name
     * @return whether the key went up at least once since the previous script frame
     * @throws ScriptApiException of kind RANGE when {@code name} is no key name
     */
    public boolean wasKeyReleased(String name) {
        return input.keyReleases(keyCode("input.wasKeyReleased", name)) > 0;
    }

    /** @return {@code [x, y]}: the cursor in pixels from the top-left corner of the window's content area */
    public double[] mousePosition() {
        return new double[] {input.mouseX(), input.mouseY()};
    }

    /** @return {@code [dx, dy]}: cursor motion since the previous script frame, pixels (right and down positive) */
    public double[] mouseDelta() {
        return new double[] {input.mouseDx(), input.mouseDy()};
    }

    /**
     * @param button {@code "left"}, {@code "right"} or {@code "middle"}
     * @return whether the button was down at the last published main frame
     * @throws ScriptApiException of kind RANGE naming {@code input.isMouseDown} and the value for any other name
     */
    public boolean isMouseDown(String button) {
        int code = Keys.buttonCode(button);
        if (code < 0) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, "input.isMouseDown",
                    "button=\"" + button + "\" must be \"left\", \"right\" or \"middle\"");
        }
        return input.buttonDown(code);
    }

    /** @return wheel steps since the previous script frame, positive away from the user (scroll up) */
    public double wheelDelta() {
        return input.wheel();
    }

    private static int keyCode(String method, String name) {
        int code = Keys.keyCode(name);
        if (code < 0) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, "name=\"" + name
                    + "\" is not a key name (e.g. \"W\", \"SPACE\", \"LEFT\", \"F1\", \"LEFT_SHIFT\"; see "
                    + "script-api/README.md)");
        }
        return code;
    }
}
