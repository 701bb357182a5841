package dev.polyframe.script.api;

import static dev.polyframe.script.binding.ScriptParam.optional;
import static dev.polyframe.script.binding.ScriptParam.options;
import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptArgs;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;

/**
 * The {@code debug} global scripts see: metadata plus conversion to typed {@link DebugRenderAPI} calls. Script
 * worker thread only.
 */
public final class DebugRenderScriptInterface {
    private static final int WHITE = 0xFFFFFFFF;

    private DebugRenderScriptInterface() {
    }

    /** @return the {@code debug} interface bound to {@code api} */
    static ScriptInterface create(DebugRenderAPI api) {
        return ScriptInterface.builder("debug", "Debug text and lines drawn over the scene.")
                .method("text", "Draws text on the screen.", ScriptType.NONE, "",
                        args -> {
                            api.text(args.string(0), args.element(1, 0), args.element(1, 1), color(args, 2),
                                    duration("debug.text", args, 2), size(args));
                            return ScriptValue.NIL;
                        },
                        required("text", ScriptType.STRING, "", "the text"),
                        required("position", ScriptType.VEC2, "pixels", "[x, y] from the top-left corner"),
                        options("options", "every field optional",
                                optional("color", ScriptType.COLOR, "", "[r, g, b, a] integers 0-255, default white"),
                                optional("duration", ScriptType.NUMBER, "seconds",
                                        ">= 0; default 0: one script frame (shown until the next one ends)"),
                                optional("size", ScriptType.NUMBER, "pixels", "text height > 0, default 16")))
                .method("line", "Draws a line in the world.", ScriptType.NONE, "",
                        args -> {
                            double[] points = new double[6];
                            for (int i = 0; i < 3; i++) {
                                points[i] = args.element(0, i);
                                points[3 + i] = args.element(1, i);
                            }
                            api.line(points, color(args, 2), duration("debug.line", args, 2));
                            return ScriptValue.NIL;
                        },
                        required("from", ScriptType.VEC3, "world units", "[x, y, z]"),
                        required("to", ScriptType.VEC3, "world units", "[x, y, z]"),
                        options("options", "every field optional",
                                optional("color", ScriptType.COLOR, "", "[r, g, b, a] integers 0-255, default white"),
                                optional("duration", ScriptType.NUMBER, "seconds",
                                        ">= 0; default 0: one script frame (shown until the next one ends)")))
                .method("clear", "Removes every debug primitive.", ScriptType.NONE, "",
                        args -> {
                            api.clear();
                            return ScriptValue.NIL;
                        })
                .build();
    }

    private static int color(ScriptArgs args, int index) {
        ScriptValue color = args.option(index, "color");
        return color instanceof ScriptValue.Seq ? ScriptArgs.rgba(color) : WHITE;
    }

    private static double duration(String method, ScriptArgs args, int index) {
        if (args.option(index, "duration") instanceof ScriptValue.Num n) {
            if (n.value() < 0) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                        "options.duration=" + ScriptValue.displayNumber(n.value()) + " must be >= 0 seconds");
            }
            return n.value();
        }
        return 0;
    }

    private static double size(ScriptArgs args) {
        if (args.option(2, "size") instanceof ScriptValue.Num n) {
            return EntityScriptInterface.positive("debug.text", "options.size", n.value());
        }
        return 16;
    }
}
