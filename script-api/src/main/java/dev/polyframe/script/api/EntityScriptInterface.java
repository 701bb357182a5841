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
import dev.polyframe.sync.protocol.MeshType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code entity} global scripts see: method metadata plus conversion from script values to typed
 * {@link EntityAPI} calls. Script worker thread only.
 */
public final class EntityScriptInterface {
    static final String MESH_TYPES = Arrays.stream(MeshType.values()).map(t -> '"' + t.scriptName() + '"')
            .collect(Collectors.joining(", "));
    private static final String HANDLE_DOC = "entity handle returned by createMesh";

    private EntityScriptInterface() {
    }

    /** @return the {@code entity} interface bound to {@code api} */
    static ScriptInterface create(EntityAPI api) {
        double[] position = new double[3];
        return ScriptInterface.builder("entity", "Create, change, read and destroy entities drawn as meshes.")
                .method("createMesh", "Creates an entity drawn as a shared mesh. Returns its handle at once; the "
                        + "entity becomes visible to reads (getPosition, count) one or more frames later, which "
                        + "ready() reports.", ScriptType.HANDLE, "the new entity's handle",
                        args -> createMesh(api, args),
                        required("meshType", ScriptType.STRING, "", "one of " + MESH_TYPES),
                        options("options", "initial state; every field optional",
                                optional("position", ScriptType.VEC3, "world units", "[x, y, z], default [0, 0, 0];"
                                        + " X forward, Y left, Z up"),
                                optional("orientation", ScriptType.VEC3, "degrees", "[yaw, pitch, roll], default 0"),
                                optional("scale", ScriptType.NUMBER, "", "uniform scale > 0, default 1"),
                                optional("color", ScriptType.COLOR, "", "[r, g, b, a] integers 0-255, default "
                                        + "white"),
                                optional("active", ScriptType.BOOLEAN, "", "drawn when true, default true"),
                                optional("camera", ScriptType.STRING, "", "\"world\" (default: perspective, world "
                                        + "units) or \"screen\" (orthographic: position in pixels from the "
                                        + "top-left corner, scale in pixels)")))
                .method("setPosition", "Moves an entity.", ScriptType.NONE, "", Invokers.handleVec3(api::setPosition),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("position", ScriptType.VEC3, "world units", "[x, y, z]"))
                .method("setOrientation", "Turns an entity.", ScriptType.NONE, "",
                        Invokers.handleVec3(api::setOrientation),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("orientation", ScriptType.VEC3, "degrees", "[yaw, pitch, roll]"))
                .method("setScale", "Scales an entity uniformly.", ScriptType.NONE, "",
                        args -> {
                            api.setScale(args.handle(0), positive("entity.setScale", "scale", args.number(1)));
                            return ScriptValue.NIL;
                        },
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("scale", ScriptType.NUMBER, "", "uniform scale > 0"))
                .method("setColor", "Recolours an entity.", ScriptType.NONE, "",
                        args -> {
                            api.setColor(args.handle(0), args.rgba(1));
                            return ScriptValue.NIL;
                        },
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("color", ScriptType.COLOR, "", "[r, g, b, a] integers 0-255"))
                .method("setActive", "Shows (true) or hides (false) an entity.", ScriptType.NONE, "",
                        args -> {
                            api.setActive(args.handle(0), args.bool(1));
                            return ScriptValue.NIL;
                        },
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC),
                        required("active", ScriptType.BOOLEAN, "", "true to draw the entity"))
                .method("destroy", "Destroys an entity; its handle is stale from now on.", ScriptType.NONE, "",
                        Invokers.handleOnly(api::destroy),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC))
                .method("getPosition", "Reads the position from the snapshot of the last published main frame: "
                        + "this frame's own writes are not visible yet.", ScriptType.VEC3,
                        "[x, y, z] in world units, or null until the entity is visible in the snapshot",
                        args -> api.position(args.handle(0), position) ? vec3(position) : ScriptValue.NIL,
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC))
                .method("setPositions", "Moves many entities in one call: values[3i..3i+2] is the position of "
                        + "handles[i]. Same rules as setPosition, checked for every element before anything is "
                        + "sent; the first bad element fails the call naming its index. Applied in order with single "
                        + "calls.", ScriptType.NONE, "",
                        args -> bulkVectors(args, "entity.setPositions", "x, y, z", api::setPositions),
                        required("handles", ScriptType.NUMBERS, "", "entity handles"),
                        required("values", ScriptType.NUMBERS, "world units", "[x0, y0, z0, x1, y1, z1, ...], three "
                                + "finite numbers per handle"))
                .method("setOrientations", "Turns many entities in one call: values[3i..3i+2] is the orientation "
                        + "of handles[i]. Same rules as setOrientation, element by element, as setPositions.",
                        ScriptType.NONE, "",
                        args -> bulkVectors(args, "entity.setOrientations", "yaw, pitch, roll", api::setOrientations),
                        required("handles", ScriptType.NUMBERS, "", "entity handles"),
                        required("values", ScriptType.NUMBERS, "degrees", "[yaw0, pitch0, roll0, yaw1, ...], three "
                                + "finite numbers per handle"))
                .method("setColors", "Recolours many entities in one call: values[4i..4i+3] is the colour of "
                        + "handles[i] as fractions 0..1 (1 is 255 in setColor). Checked element by element, as "
                        + "setPositions.", ScriptType.NONE, "",
                        args -> {
                            String method = "entity.setColors";
                            long[] handles = BulkArguments.handles(method, args.numbers(0));
                            double[] values = args.numbers(1);
                            BulkArguments.length(method, values, handles.length, 4, "r, g, b, a");
                            api.setColors(handles, BulkArguments.colors(method, values));
                            return ScriptValue.NIL;
                        },
                        required("handles", ScriptType.NUMBERS, "", "entity handles"),
                        required("values", ScriptType.NUMBERS, "", "[r0, g0, b0, a0, r1, ...], four numbers 0..1 per "
                                + "handle"))
                .method("getPositions", "Reads many positions from the snapshot of the last published main frame, "
                        + "like getPosition: this frame's own writes are not visible yet.", ScriptType.NUMBERS,
                        "[x0, y0, z0, x1, ...] in world units (JS and Python: an array/list, Lua: a table); NaN for "
                        + "the three numbers of an entity not visible in the snapshot yet",
                        args -> new ScriptValue.Numbers(api.positions(
                                BulkArguments.handles("entity.getPositions", args.numbers(0)))),
                        required("handles", ScriptType.NUMBERS, "", "entity handles"))
                .method("exists", "Whether the handle names an entity this script created and has not destroyed "
                        + "(true at once after createMesh).", ScriptType.BOOLEAN, "true for a live entity",
                        args -> ScriptValue.of(api.exists(args.handle(0))),
                        required("handle", ScriptType.HANDLE, "", "any handle"))
                .method("count", "Live entities in the snapshot of the last published main frame.",
                        ScriptType.NUMBER, "entity count", args -> ScriptValue.of(api.count()))
                .method("ready", "Settles once the entity is visible in the snapshot (resolves with its handle), or "
                        + "fails when it is destroyed first or could not be created. Accepts an optional "
                        + "trailing callback (handle, error).", ScriptType.DEFERRED,
                        "JS: a Promise of the handle", args -> new ScriptValue.Pending(api.ready(args.handle(0))),
                        required("handle", ScriptType.HANDLE, "", HANDLE_DOC))
                .build();
    }

    private static ScriptValue createMesh(EntityAPI api, ScriptArgs args) {
        String typeName = args.string(0);
        MeshType meshType = MeshType.fromScriptName(typeName);
        if (meshType == null) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, "entity.createMesh",
                    "meshType=\"" + typeName + "\" is not a mesh type; expected one of " + MESH_TYPES);
        }
        double[] transform = {0, 0, 0, 0, 0, 0, 1};
        Invokers.optionVec3(args, 1, "position", transform, 0);
        Invokers.optionVec3(args, 1, "orientation", transform, 3);
        if (args.option(1, "scale") instanceof ScriptValue.Num scale) {
            transform[6] = positive("entity.createMesh", "options.scale", scale.value());
        }
        ScriptValue color = args.option(1, "color");
        int rgba = color instanceof ScriptValue.Seq ? ScriptArgs.rgba(color) : 0xFFFFFFFF;
        boolean active = !(args.option(1, "active") instanceof ScriptValue.Bool b) || b.value();
        CameraType camera = CameraType.WORLD;
        if (args.option(1, "camera") instanceof ScriptValue.Str name) {
            camera = CameraType.fromScriptName(name.value());
            if (camera == null) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, "entity.createMesh",
                        "options.camera=\"" + name.value() + "\" must be \"world\" or \"screen\"");
            }
        }
        return ScriptValue.of((double) api.createMesh(meshType, transform, rgba, active, camera));
    }

    /** A bulk call's vector form: handles and values checked element by element, then sent. */
    @FunctionalInterface
    private interface BulkVectors {
        void apply(long[] handles, double[] values);
    }

    private static ScriptValue bulkVectors(ScriptArgs args, String method, String layout, BulkVectors target) {
        long[] handles = BulkArguments.handles(method, args.numbers(0));
        double[] values = args.numbers(1);
        BulkArguments.length(method, values, handles.length, 3, layout);
        BulkArguments.finite(method, values);
        target.apply(handles, values);
        return ScriptValue.NIL;
    }

    static double positive(String method, String param, double value) {
        if (!(value > 0)) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                    param + "=" + ScriptValue.displayNumber(value) + " must be > 0");
        }
        return value;
    }

    static ScriptValue vec3(double[] xyz) {
        return new ScriptValue.Seq(List.of(ScriptValue.of(xyz[0]), ScriptValue.of(xyz[1]), ScriptValue.of(xyz[2])));
    }
}
