package dev.polyframe.script.api;

import static dev.polyframe.script.api.ApiFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polyframe.script.api.ApiFixture.CameraCommand;
import dev.polyframe.script.api.ApiFixture.HandleCommand;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraScriptInterfaceTest {
    private final ApiFixture fixture = new ApiFixture();

    private long createCamera() {
        long handle = ApiFixture.handle(fixture.call("camera.create"));
        fixture.drain();
        return handle;
    }

    @Test
    void shouldEncodeCreateWithEveryOption() {
        fixture.call("camera.create", options("position", List.of(1, 2, 3), "orientation", List.of(45, 10, 0),
                "type", "screen", "fov", 75));

        assertEquals(List.of(new CameraCommand(1, CameraType.SCREEN.id(),
                List.of(1.0, 2.0, 3.0, 45.0, 10.0, 0.0, 75.0))), fixture.drain());
    }

    @Test
    void shouldEncodeCreateDefaultsOfWorldCameraWithSixtyDegreeFov() {
        fixture.call("camera.create");

        assertEquals(List.of(new CameraCommand(1, CameraType.WORLD.id(), List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 60.0))),
                fixture.drain());
    }

    @Test
    void shouldEncodeSetPosition() {
        long handle = createCamera();

        fixture.call("camera.setPosition", handle, List.of(-4, 0.5, 12));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.CAMERA_SET_POSITION, handle, 0, -4, 0.5, 12)),
                fixture.drain());
    }

    @Test
    void shouldEncodeSetOrientation() {
        long handle = createCamera();

        fixture.call("camera.setOrientation", handle, List.of(90, 30, -5));

        assertEquals(List.of(new HandleCommand(MessageTypeIds.CAMERA_SET_ORIENTATION, handle, 0, 90, 30, -5)),
                fixture.drain());
    }

    @Test
    void shouldEncodeSetActive() {
        long handle = createCamera();

        fixture.call("camera.setActive", handle);

        assertEquals(List.of(new HandleCommand(MessageTypeIds.CAMERA_SET_ACTIVE, handle, 0, 0, 0, 0)),
                fixture.drain());
    }

    @Test
    void shouldEncodeDestroyAndMakeHandleStale() {
        long handle = createCamera();

        fixture.call("camera.destroy", handle);

        assertEquals(List.of(new HandleCommand(MessageTypeIds.CAMERA_DESTROY, handle, 0, 0, 0, 0)), fixture.drain());
        ScriptApiException e = assertThrows(ScriptApiException.class, () -> fixture.call("camera.setActive", handle));
        assertEquals(ScriptApiException.Kind.HANDLE, e.kind());
    }

    @Test
    void shouldShareOneHandleSequenceWithEntities() {
        long entity = fixture.createCube();

        assertEquals(entity + 1, createCamera());
    }
}
