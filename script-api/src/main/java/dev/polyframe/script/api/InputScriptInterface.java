package dev.polyframe.script.api;

import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;

/**
 * The {@code input} global scripts see: metadata plus conversion to {@link InputAPI} calls. Every read comes from the
 * snapshot of the last published main frame. Script worker thread only.
 */
public final class InputScriptInterface {
    private static final String KEY_DOC = "key name: \"A\"..\"Z\", \"0\"..\"9\", \"SPACE\", \"ENTER\", \"ESCAPE\", "
            + "\"TAB\", \"BACKSPACE\", \"LEFT\", \"RIGHT\", \"UP\", \"DOWN\", \"F1\"..\"F12\", \"LEFT_SHIFT\", "
            + "\"LEFT_CONTROL\", \"LEFT_ALT\", ... (GLFW key names; lower case accepted)";

    private InputScriptInterface() {
    }

    /** @return the {@code input} interface bound to {@code api} */
    static ScriptInterface create(InputAPI api) {
        return ScriptInterface.builder("input", "Keyboard and mouse as of the last published main frame.")
                .method("isKeyDown", "Whether the key is held down.", ScriptType.BOOLEAN, "true while held",
                        args -> ScriptValue.of(api.isKeyDown(args.string(0))),
                        required("name", ScriptType.STRING, "", KEY_DOC))
                .method("wasKeyPressed", "Whether the key went down since the previous script frame (never lost when "
                        + "the script is slower than the main loop).", ScriptType.BOOLEAN, "true once per press",
                        args -> ScriptValue.of(api.wasKeyPressed(args.string(0))),
                        required("name", ScriptType.STRING, "", KEY_DOC))
                .method("wasKeyReleased", "Whether the key went up since the previous script frame.",
                        ScriptType.BOOLEAN, "true once per release",
                        args -> ScriptValue.of(api.wasKeyReleased(args.string(0))),
                        required("name", ScriptType.STRING, "", KEY_DOC))
                .method("mousePosition", "The cursor position, origin at the top-left corner of the window.",
                        ScriptType.VEC2, "[x, y] pixels", args -> pair(api.mousePosition()))
                .method("mouseDelta", "Cursor motion since the previous script frame.", ScriptType.VEC2,
                        "[dx, dy] pixels, right and down positive", args -> pair(api.mouseDelta()))
                .method("isMouseDown", "Whether a mouse button is held down.", ScriptType.BOOLEAN, "true while held",
                        args -> ScriptValue.of(api.isMouseDown(args.string(0))),
                        required("button", ScriptType.STRING, "", "\"left\", \"right\" or \"middle\""))
                .method("wheelDelta", "Mouse wheel motion since the previous script frame.", ScriptType.NUMBER,
                        "wheel steps, positive away from the user (scroll up)",
                        args -> ScriptValue.of(api.wheelDelta()))
                .build();
    }

    private static ScriptValue pair(double[] xy) {
        return new ScriptValue.Seq(List.of(ScriptValue.of(xy[0]), ScriptValue.of(xy[1])));
    }
}
