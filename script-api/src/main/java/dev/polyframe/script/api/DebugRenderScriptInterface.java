package dev.polyframe.script.api;

import static dev.polyframe.script.binding.ScriptParam.optional;
import static dev.polyframe.script.binding.ScriptParam.options;
import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptArgs;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptParam;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;

/**
 * The {@code debug} global scripts see: metadata plus conversion to typed {@link DebugRenderAPI} calls. Script
 * worker thread only.
 *
 * <p>Every drawing method takes an optional trailing options table: {@code color} ({@code [r, g, b, a]} integers
 * 0-255, default white) and {@code duration} (seconds &gt;= 0, default 0 = one script frame); text methods also
 * take {@code size} (pixels &gt; 0, default 16). Bad values raise at the call naming method, parameter and value.
 */
public final class DebugRenderScriptInterface {
    private static final int WHITE = 0xFFFFFFFF;
    private static final double DEFAULT_TEXT_SIZE = 16;
    private static final String DURATION_DOC = ">= 0; default 0: one script frame (shown until the next one ends)";
    private static final String COLOR_DOC = "[r, g, b, a] integers 0-255, default white";

    private DebugRenderScriptInterface() {
    }

    /** @return the {@code debug} interface bound to {@code api} */
    static ScriptInterface create(DebugRenderAPI api) {
        return ScriptInterface.builder("debug", "Debug text, lines, boxes and spheres drawn over the scene.")
                .method("text", "Draws text on the screen.", ScriptType.NONE, "",
                        args -> {
                            api.text(args.string(0), args.element(1, 0), args.element(1, 1), color(args, 2),
                                    duration("debug.text", args, 2), size("debug.text", args, 2));
                            return ScriptValue.NIL;
                        },
                        required("text", ScriptType.STRING, "", "the text"),
                        required("position", ScriptType.VEC2, "pixels", "[x, y] from the top-left corner"),
                        textOptions())
                .method("worldText", "Draws text anchored at a world point, facing the screen; hidden while the "
                        + "point is behind the camera.", ScriptType.NONE, "",
                        args -> {
                            api.worldText(args.string(0), args.element(1, 0), args.element(1, 1),
                                    args.element(1, 2), color(args, 2), duration("debug.worldText", args, 2),
                                    size("debug.worldText", args, 2));
                            return ScriptValue.NIL;
                        },
                        required("text", ScriptType.STRING, "", "the text"),
                        required("position", ScriptType.VEC3, "world units", "[x, y, z] where the text's "
                                + "top-left corner sits"),
                        textOptions())
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
                        shapeOptions())
                .method("box", "Draws an axis-aligned wireframe box in the world.", ScriptType.NONE, "",
                        args -> {
                            double[] values = new double[6];
                            for (int i = 0; i < 3; i++) {
                                values[i] = args.element(0, i);
                                values[3 + i] = args.element(1, i);
                                if (!(values[3 + i] > 0)) {
                                    throw new ScriptApiException(ScriptApiException.Kind.RANGE, "debug.box",
                                            "size=" + ScriptValue.display(args.get(1))
                                                    + " must contain 3 numbers > 0");
                                }
                            }
                            api.box(values, color(args, 2), duration("debug.box", args, 2));
                            return ScriptValue.NIL;
                        },
                        required("center", ScriptType.VEC3, "world units", "[x, y, z]"),
                        required("size", ScriptType.VEC3, "world units", "[sx, sy, sz] full edge lengths, each > 0"),
                        shapeOptions())
                .method("sphere", "Draws a wireframe sphere in the world (three great circles).", ScriptType.NONE,
                        "",
                        args -> {
                            double radius = EntityScriptInterface.positive("debug.sphere", "radius",
                                    args.number(1));
                            double[] values = {args.element(0, 0), args.element(0, 1), args.element(0, 2), radius, 0,
                                0};
                            api.sphere(values, color(args, 2), duration("debug.sphere", args, 2));
                            return ScriptValue.NIL;
                        },
                        required("center", ScriptType.VEC3, "world units", "[x, y, z]"),
                        required("radius", ScriptType.NUMBER, "world units", "> 0"),
                        shapeOptions())
                .method("clear", "Removes every debug primitive.", ScriptType.NONE, "",
                        args -> {
                            api.clear();
                            return ScriptValue.NIL;
                        })
                .build();
    }

    private static ScriptParam textOptions() {
        return options("options", "every field optional",
                optional("color", ScriptType.COLOR, "", COLOR_DOC),
                optional("duration", ScriptType.NUMBER, "seconds", DURATION_DOC),
                optional("size", ScriptType.NUMBER, "pixels", "text height > 0, default 16"));
    }

    private static ScriptParam shapeOptions() {
        return options("options", "every field optional",
                optional("color", ScriptType.COLOR, "", COLOR_DOC),
                optional("duration", ScriptType.NUMBER, "seconds", DURATION_DOC));
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

    private static double size(String method, ScriptArgs args, int index) {
        if (args.option(index, "size") instanceof ScriptValue.Num n) {
            return EntityScriptInterface.positive(method, "options.size", n.value());
        }
        return DEFAULT_TEXT_SIZE;
    }
}
