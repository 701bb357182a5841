package dev.polyframe.script.api;

import static dev.polyframe.script.binding.ScriptParam.optional;
import static dev.polyframe.script.binding.ScriptParam.options;
import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptArgs;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.protocol.CameraType;

/**
 * The {@code camera} global scripts see: metadata plus conversion to typed {@link CameraAPI} calls. Script worker
 * thread only.
 */
public final class CameraScriptInterface {
    private static final String HANDLE_DOC = "camera handle returned by create";

    private CameraScriptInterface() {
    }

    /** @return the {@code camera} interface bound to {@code api} */
    static ScriptInterface create(CameraAPI api) {
        return ScriptInterface.builder("camera", "Create, move and switch cameras.")
                .method("create", "Creates a camera; call setActive to look through it.", ScriptType.HANDLE,
                        "the new camera's handle", args -> create(api, args),
                        options("options", "initial state; every field optional",
                                optional("position", ScriptType.VEC3, "world units", "[x, y, z], default [0, 0, 0]"),
                                optional("orientation", ScriptType.VEC3, "degrees", "[yaw, pitch, roll]; yaw 0 "
                                        + "looks along +X, positive pitch looks down"),
                                optional("type", ScriptType.STRING, "", "\"world\" (perspective, default) or "
                                        + "\"screen\" (orthographic, pixels)"),
                                optional("fov", ScriptType.NUMBER, "degrees", "vertical field of view in (0, 180),"
                                        + " default 60")))
                .method("setPosition", "Moves a camera.", ScriptType.NONE, "", Invokers.handleVec3(api::setPosition),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("position", ScriptType.VEC3, "world units", "[x, y, z]"))
                .method("setOrientation", "Turns a camera.", ScriptType.NONE, "",
                        Invokers.handleVec3(api::setOrientation),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("orientation", ScriptType.VEC3, "degrees", "[yaw, pitch, roll]"))
                .method("setActive", "Makes the camera the active one of its type from the frame it is applied.",
                        ScriptType.NONE, "", Invokers.handleOnly(api::setActive),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC))
                .method("destroy", "Destroys a camera; its handle is stale from now on.", ScriptType.NONE, "",
                        Invokers.handleOnly(api::destroy),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC))
                .build();
    }

    private static ScriptValue create(CameraAPI api, ScriptArgs args) {
        double[] values = {0, 0, 0, 0, 0, 0, 60};
        Invokers.optionVec3(args, 0, "position", values, 0);
        Invokers.optionVec3(args, 0, "orientation", values, 3);
        if (args.option(0, "fov") instanceof ScriptValue.Num fov) {
            if (!(fov.value() > 0 && fov.value() < 180)) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, "camera.create",
                        "options.fov=" + ScriptValue.displayNumber(fov.value()) + " must be in (0, 180) degrees");
            }
            values[6] = fov.value();
        }
        var type = cameraType("camera.create", "options.type", args.option(0, "type"));
        return ScriptValue.of((double) api.create(type, values));
    }

    private static CameraType cameraType(String method, String param, ScriptValue value) {
        if (!(value instanceof ScriptValue.Str s)) {
            return CameraType.WORLD;
        }
        CameraType type = CameraType.fromScriptName(s.value());
        if (type == null) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                    param + "=\"" + s.value() + "\" must be \"world\" or \"screen\"");
        }
        return type;
    }
}
