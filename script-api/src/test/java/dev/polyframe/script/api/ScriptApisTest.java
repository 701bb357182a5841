package dev.polyframe.script.api;

import static dev.polyframe.script.api.ApiFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptApiException.Kind;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.value.ScriptValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Immediate validation through the real interfaces (ARCHITECTURE.md §5): every bad argument raises a
 * {@link ScriptApiException} of the right kind naming method, parameter and value, and nothing is enqueued.
 */
class ScriptApisTest {
    /** Handles the fixture creates before each test, in this order. */
    private static final long LIVE_ENTITY = 1;
    private static final long CAMERA = 2;
    private static final long DESTROYED_ENTITY = 3;
    private static final List<Integer> ORIGIN = List.of(0, 0, 0);
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private final ApiFixture fixture = new ApiFixture();

    /**
     * One bad call.
     *
     * @param description what is wrong, for the test name
     * @param method qualified method
     * @param args arguments as plain Java values
     * @param kind the expected kind
     * @param fragments what the message must contain besides the method: parameter name and displayed value
     */
    record BadCall(String description, String method, List<Object> args, Kind kind, List<String> fragments) {
        @Override
        public String toString() {
            return method + ": " + description;
        }
    }

    private static BadCall bad(String description, String method, Kind kind, List<String> fragments,
            Object... args) {
        return new BadCall(description, method, Arrays.asList(args), kind, fragments);
    }

    static Stream<BadCall> badCalls() {
        return Stream.of(
                bad("vector of wrong type", "entity.setPosition", Kind.TYPE, List.of("position=\"up\""),
                        LIVE_ENTITY, "up"),
                bad("handle of wrong type", "entity.setPosition", Kind.TYPE, List.of("handle=\"1\""),
                        "1", ORIGIN),
                bad("too few arguments", "entity.setPosition", Kind.TYPE, List.of("missing argument position"),
                        LIVE_ENTITY),
                bad("too many arguments", "entity.setPosition", Kind.TYPE,
                        List.of("too many arguments", "(handle, position)", "extra value=7"), LIVE_ENTITY, ORIGIN, 7),
                bad("null for a required argument", "entity.setPosition", Kind.TYPE, List.of("position=null"),
                        LIVE_ENTITY, null),
                bad("vector too short", "entity.setPosition", Kind.TYPE, List.of("position=[1, 2]"),
                        LIVE_ENTITY, List.of(1, 2)),
                bad("vector with a string", "entity.setPosition", Kind.TYPE, List.of("position=[1, \"2\", 3]"),
                        LIVE_ENTITY, List.of(1, "2", 3)),
                bad("NaN in a vector", "entity.setPosition", Kind.RANGE, List.of("position=[1, NaN, 3]"),
                        LIVE_ENTITY, List.of(1, NAN, 3)),
                bad("Infinity in a vector", "entity.setOrientation", Kind.RANGE,
                        List.of("orientation=[Infinity, 0, 0]"), LIVE_ENTITY, List.of(INF, 0, 0)),
                bad("unknown handle", "entity.setPosition", Kind.HANDLE, List.of("handle=99", "unknown"),
                        99, ORIGIN),
                bad("destroyed handle", "entity.setPosition", Kind.HANDLE, List.of("handle=3", "destroyed"),
                        DESTROYED_ENTITY, ORIGIN),
                bad("camera handle to an entity method", "entity.setPosition", Kind.HANDLE,
                        List.of("handle=2", "a camera"), CAMERA, ORIGIN),
                bad("non-integer handle", "entity.setPosition", Kind.HANDLE, List.of("handle=1.5"), 1.5, ORIGIN),
                bad("zero handle", "entity.setPosition", Kind.HANDLE, List.of("handle=0"), 0, ORIGIN),
                bad("NaN handle", "entity.setPosition", Kind.HANDLE, List.of("handle=NaN"), NAN, ORIGIN),
                bad("NaN scale", "entity.setScale", Kind.RANGE, List.of("scale=NaN"), LIVE_ENTITY, NAN),
                bad("negative infinite scale", "entity.setScale", Kind.RANGE, List.of("scale=-Infinity"),
                        LIVE_ENTITY, Double.NEGATIVE_INFINITY),
                bad("zero scale", "entity.setScale", Kind.RANGE, List.of("scale=0", "> 0"), LIVE_ENTITY, 0),
                bad("negative scale", "entity.setScale", Kind.RANGE, List.of("scale=-2.5", "> 0"), LIVE_ENTITY, -2.5),
                bad("scale of wrong type", "entity.setScale", Kind.TYPE, List.of("scale=\"big\""),
                        LIVE_ENTITY, "big"),
                bad("colour above 255", "entity.setColor", Kind.RANGE, List.of("color=[256, 0, 0]", "0-255"),
                        LIVE_ENTITY, List.of(256, 0, 0)),
                bad("negative colour", "entity.setColor", Kind.RANGE, List.of("color=[0, -1, 0, 255]"),
                        LIVE_ENTITY, List.of(0, -1, 0, 255)),
                bad("non-integer colour", "entity.setColor", Kind.RANGE, List.of("color=[0.5, 0, 0]", "integers"),
                        LIVE_ENTITY, List.of(0.5, 0, 0)),
                bad("NaN colour", "entity.setColor", Kind.RANGE, List.of("color=[0, 0, NaN]"),
                        LIVE_ENTITY, List.of(0, 0, NAN)),
                bad("colour of two elements", "entity.setColor", Kind.TYPE, List.of("color=[1, 2]"),
                        LIVE_ENTITY, List.of(1, 2)),
                bad("colour of five elements", "entity.setColor", Kind.TYPE, List.of("color=[1, 2, 3, 4, 5]"),
                        LIVE_ENTITY, List.of(1, 2, 3, 4, 5)),
                bad("colour with a string", "entity.setColor", Kind.TYPE, List.of("color=[\"red\", 0, 0]"),
                        LIVE_ENTITY, List.of("red", 0, 0)),
                bad("number for a boolean", "entity.setActive", Kind.TYPE, List.of("active=1"), LIVE_ENTITY, 1),
                bad("destroyed handle", "entity.destroy", Kind.HANDLE, List.of("handle=3"), DESTROYED_ENTITY),
                bad("unknown handle", "entity.getPosition", Kind.HANDLE, List.of("handle=99"), 99),
                bad("destroyed handle", "entity.ready", Kind.HANDLE, List.of("handle=3"), DESTROYED_ENTITY),
                bad("camera handle", "entity.ready", Kind.HANDLE, List.of("handle=2", "a camera"), CAMERA),
                bad("unknown mesh type", "entity.createMesh", Kind.RANGE,
                        List.of("meshType=\"teapot\"", "\"cube\""), "teapot"),
                bad("mesh type of wrong type", "entity.createMesh", Kind.TYPE, List.of("meshType=3"), 3),
                bad("no arguments", "entity.createMesh", Kind.TYPE, List.of("missing argument meshType")),
                bad("unknown option key", "entity.createMesh", Kind.TYPE,
                        List.of("options.colour=[1, 2, 3]", "not an option", "color"), "cube",
                        options("colour", List.of(1, 2, 3))),
                bad("options that are not an object", "entity.createMesh", Kind.TYPE, List.of("options=5"),
                        "cube", 5),
                bad("NaN in an option", "entity.createMesh", Kind.RANGE, List.of("options.position=[0, NaN, 0]"),
                        "cube", options("position", List.of(0, NAN, 0))),
                bad("zero scale option", "entity.createMesh", Kind.RANGE, List.of("options.scale=0"),
                        "cube", options("scale", 0)),
                bad("infinite scale option", "entity.createMesh", Kind.RANGE, List.of("options.scale=Infinity"),
                        "cube", options("scale", INF)),
                bad("colour option out of range", "entity.createMesh", Kind.RANGE,
                        List.of("options.color=[0, 0, 300]"), "cube", options("color", List.of(0, 0, 300))),
                bad("unknown camera type", "camera.create", Kind.RANGE, List.of("options.type=\"side\""),
                        options("type", "side")),
                bad("boolean option of wrong type", "entity.createMesh", Kind.TYPE, List.of("options.active=\"no\""),
                        "cube", options("active", "no")),
                bad("entity handle to a camera method", "camera.setPosition", Kind.HANDLE,
                        List.of("handle=1", "an entity"), LIVE_ENTITY, ORIGIN),
                bad("destroyed entity handle", "camera.setActive", Kind.HANDLE, List.of("handle=3"),
                        DESTROYED_ENTITY),
                bad("NaN in a vector", "camera.setOrientation", Kind.RANGE, List.of("orientation=[0, NaN, 0]"),
                        CAMERA, List.of(0, NAN, 0)),
                bad("fov of 180", "camera.create", Kind.RANGE, List.of("options.fov=180"), options("fov", 180)),
                bad("fov of 0", "camera.create", Kind.RANGE, List.of("options.fov=0"), options("fov", 0)),
                bad("NaN fov", "camera.create", Kind.RANGE, List.of("options.fov=NaN"), options("fov", NAN)),
                bad("unknown camera type", "camera.create", Kind.RANGE, List.of("options.type=\"fisheye\""),
                        options("type", "fisheye")),
                bad("unknown option key", "camera.create", Kind.TYPE, List.of("options.zoom=2", "fov"),
                        options("zoom", 2)),
                bad("text of wrong type", "debug.text", Kind.TYPE, List.of("text=42"), 42, List.of(0, 0)),
                bad("position of three numbers", "debug.text", Kind.TYPE, List.of("position=[0, 0, 0]"),
                        "hi", ORIGIN),
                bad("NaN position", "debug.text", Kind.RANGE, List.of("position=[0, NaN]"), "hi", List.of(0, NAN)),
                bad("zero size", "debug.text", Kind.RANGE, List.of("options.size=0"), "hi", List.of(0, 0),
                        options("size", 0)),
                bad("negative duration", "debug.text", Kind.RANGE, List.of("options.duration=-1"), "hi",
                        List.of(0, 0), options("duration", -1)),
                bad("non-integer colour", "debug.text", Kind.RANGE, List.of("options.color=[1, 2, 3.5]"), "hi",
                        List.of(0, 0), options("color", List.of(1, 2, 3.5))),
                bad("text too long", "debug.text", Kind.RANGE, List.of("text", "4097 bytes"), "x".repeat(4097),
                        List.of(0, 0)),
                bad("world text at two numbers", "debug.worldText", Kind.TYPE, List.of("position=[0, 0]"), "hi",
                        List.of(0, 0)),
                bad("NaN world text point", "debug.worldText", Kind.RANGE, List.of("position=[0, NaN, 0]"), "hi",
                        List.of(0, NAN, 0)),
                bad("negative world text duration", "debug.worldText", Kind.RANGE, List.of("options.duration=-2"),
                        "hi", ORIGIN, options("duration", -2)),
                bad("zero box edge", "debug.box", Kind.RANGE, List.of("size=[1, 0, 1]"), ORIGIN, List.of(1, 0, 1)),
                bad("box size of wrong type", "debug.box", Kind.TYPE, List.of("size=\"big\""), ORIGIN, "big"),
                bad("NaN box centre", "debug.box", Kind.RANGE, List.of("center=[NaN, 0, 0]"), List.of(NAN, 0, 0),
                        List.of(1, 1, 1)),
                bad("negative sphere radius", "debug.sphere", Kind.RANGE, List.of("radius=-1"), ORIGIN, -1),
                bad("NaN sphere radius", "debug.sphere", Kind.RANGE, List.of("radius=NaN"), ORIGIN, NAN),
                bad("negative sphere duration", "debug.sphere", Kind.RANGE, List.of("options.duration=-1"), ORIGIN,
                        1, options("duration", -1)),
                bad("unknown mesh camera", "entity.createMesh", Kind.RANGE, List.of("options.camera=\"hud\""),
                        "cube", options("camera", "hud")),
                bad("mesh camera of wrong type", "entity.createMesh", Kind.TYPE, List.of("options.camera=1"),
                        "cube", options("camera", 1)),
                bad("infinite end point", "debug.line", Kind.RANGE, List.of("to=[1, Infinity, 0]"), ORIGIN,
                        List.of(1, INF, 0)),
                bad("too few arguments", "debug.line", Kind.TYPE, List.of("missing argument to"), ORIGIN),
                bad("negative duration", "debug.line", Kind.RANGE, List.of("options.duration=-0.5"), ORIGIN,
                        ORIGIN, options("duration", -0.5)),
                bad("too many arguments", "debug.clear", Kind.TYPE, List.of("extra value=1"), 1),
                bad("too many arguments", "engine.time", Kind.TYPE, List.of("extra value=\"now\""), "now"),
                bad("too few arguments", "engine.log", Kind.TYPE, List.of("missing argument message")),
                bad("callback to a method that is not deferred", "engine.quit", Kind.TYPE,
                        List.of("extra value=<function>"),
                        new ScriptValue.Callable(args -> ScriptValue.NIL)));
    }

    @BeforeEach
    void createHandles() {
        assertEquals(LIVE_ENTITY, fixture.createCube());
        assertEquals(CAMERA, ApiFixture.handle(fixture.call("camera.create")));
        assertEquals(DESTROYED_ENTITY, fixture.createCube());
        fixture.call("entity.destroy", DESTROYED_ENTITY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void shouldRejectBadArgumentNamingMethodParameterAndValue(BadCall call) {
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> fixture.method(call.method()).invoke(ApiFixture.values(call.args().toArray())));

        assertEquals(call.kind(), e.kind(), e.getMessage());
        assertEquals(call.method(), e.method());
        assertTrue(e.getMessage().startsWith(call.method() + ": "), e.getMessage());
        for (String fragment : call.fragments()) {
            assertTrue(e.getMessage().contains(fragment), "message lacks [" + fragment + "]: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void shouldEnqueueNothingForBadArgument(BadCall call) {
        long submitted = fixture.ring.submitted();
        int pending = fixture.ring.bytesPending();

        assertThrows(ScriptApiException.class,
                () -> fixture.method(call.method()).invoke(ApiFixture.values(call.args().toArray())));

        assertEquals(submitted, fixture.ring.submitted(), "a command was committed");
        assertEquals(pending, fixture.ring.bytesPending(), "ring space was claimed");
    }

    @Test
    void shouldNotAllocateHandleWhenCreateIsRejected() {
        assertThrows(ScriptApiException.class, () -> fixture.call("entity.createMesh", "teapot"));

        assertEquals(4, fixture.createCube(), "the rejected call used up a handle");
    }

    @Test
    void shouldExposeInterfacesUnderScriptNamesInStableOrder() {
        assertEquals(List.of("entity", "camera", "debug", "engine", "input"),
                fixture.apis.interfaces().stream().map(ScriptInterface::name).toList());
    }

    @Test
    void shouldQualifyEveryMethodWithItsInterfaceName() {
        for (ScriptInterface scriptInterface : fixture.apis.interfaces()) {
            scriptInterface.methods().forEach(m -> assertEquals(scriptInterface.name() + "." + m.name(),
                    m.qualifiedName()));
        }
    }
}
