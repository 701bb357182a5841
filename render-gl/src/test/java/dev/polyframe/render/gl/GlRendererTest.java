package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.Aspect;
import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.RendererException;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwjgl.stb.STBImage;
import org.lwjgl.system.MemoryStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Renders real Artemis worlds headless (GLFW null platform + EGL) and checks the pixels read back. One renderer
 * per test, started and closed on the test thread. Fails, never skips, when no GL context can be created.
 */
class GlRendererTest {
    private static final Logger LOG = LoggerFactory.getLogger(GlRendererTest.class);
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int CX = WIDTH / 2;
    private static final int CY = HEIGHT / 2;
    private static final int RED = 0xFF0000FF;
    private static final int GREEN = 0x00FF00FF;
    private static final int BLUE = 0x0000FFFF;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int YELLOW = 0xFFFF00FF;

    private World world;
    private GlRenderer renderer;
    private long frame;
    private int cameraId = -1;

    @BeforeEach
    void startRenderer() {
        world = new World(new WorldConfigurationBuilder().build());
        renderer = new GlRenderer();
        renderer.start(world, new RenderConfig(WIDTH, HEIGHT, true, false, "test"));
    }

    @AfterEach
    void closeRenderer() {
        renderer.close();
        world.dispose();
    }

    @Test
    void shouldFillAnEmptyWorldWithTheClearColour() {
        Pixels px = renderFrame();
        assertEquals(WIDTH, px.width());
        assertEquals(HEIGHT, px.height());
        assertEquals(WIDTH * HEIGHT, px.count((r, g, b) -> Math.abs(r - Pixels.CLEAR_R) <= 1
                && Math.abs(g - Pixels.CLEAR_G) <= 1 && Math.abs(b - Pixels.CLEAR_B) <= 1), px.describe(0, 0));
        assertEquals(255, px.a(CX, CY), "the frame is opaque");
    }

    @Test
    void shouldDrawARedCubeAtTheCentreOfACameraLookingAtIt() {
        camera(-3, 0, 0, 0, 0);
        mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        Pixels px = renderFrame();

        assertTrue(px.matches(CX, CY, (r, g, b) -> r > 120 && g < 20 && b < 20), px.describe(CX, CY));
        // The face spans about +-40 px around the centre at 2.5 units with a 60 degree field of view.
        for (int[] p : new int[][] {{CX - 30, CY}, {CX + 30, CY}, {CX, CY - 30}, {CX, CY + 30}}) {
            assertTrue(px.matches(p[0], p[1], (r, g, b) -> r > 120 && g < 20 && b < 20), px.describe(p[0], p[1]));
        }
        for (int[] p : new int[][] {{5, 5}, {WIDTH - 5, HEIGHT - 5}, {CX - 70, CY}, {CX, CY + 70}}) {
            assertTrue(px.isClear(p[0], p[1]), px.describe(p[0], p[1]));
        }
        assertEquals(1, renderer.lastInstanceCount());
    }

    @Test
    void shouldLightTheTopAndFrontFacesOfACubeDifferently() {
        mesh(MeshType.CUBE, 0, 0, 0, 3, WHITE);
        Pixels px = renderFrame();

        // Expected shades from the lighting model: ambient + (1 - ambient) * max(n . L, 0).
        float[] light = MeshPass.LIGHT_DIRECTION;
        int top = Math.round(255 * (MeshPass.AMBIENT + (1 - MeshPass.AMBIENT) * Math.max(light[2], 0)));
        int front = Math.round(255 * (MeshPass.AMBIENT + (1 - MeshPass.AMBIENT) * Math.max(-light[0], 0)));
        assertTrue(Math.abs(top - front) > 20, "the model itself must give distinct shades");

        // The default camera looks at the origin from (-10, 0, 6): the centre ray hits the front (-X) face and
        // the top face lies above it on screen.
        assertTrue(px.matches(CX, CY, (r, g, b) -> near(r, front) && near(g, front) && near(b, front)),
                px.describe(CX, CY) + " expected front shade " + front);
        int topPixels = px.count(CX - 1, 0, CX + 2, CY, (r, g, b) -> near(r, top) && near(g, top) && near(b, top));
        assertTrue(topPixels > 10, "top-face pixels above the centre: " + topPixels + ", expected shade " + top);
    }

    @Test
    void shouldDrawAGreenSphereAsARoundShape() {
        mesh(MeshType.SPHERE, 0, 0, 0, 4, GREEN);
        Pixels px = renderFrame();

        Pixels.ColorTest green = (r, g, b) -> g > 40 && r < 20 && b < 20;
        assertTrue(px.matches(CX, CY, green), px.describe(CX, CY));
        int[] box = px.bounds(green);
        assertNotNull(box);
        double w = box[2] - box[0] + 1;
        double h = box[3] - box[1] + 1;
        assertTrue(w > 40 && h > 40, "sphere size " + w + "x" + h);
        assertTrue(Math.abs(w / h - 1) < 0.15, "a sphere projects nearly round: " + w + "x" + h);
        // The lit side (light from above) is brighter than the bottom.
        int upper = px.g(CX, box[1] + (int) (h * 0.2));
        int lower = px.g(CX, box[1] + (int) (h * 0.9));
        assertTrue(upper > lower + 20, "upper " + upper + " vs lower " + lower);
    }

    @Test
    void shouldDrawABluePlaneFacingUpForeshortened() {
        mesh(MeshType.PLANE, 0, 0, 0, 4, BLUE);
        Pixels px = renderFrame();

        Pixels.ColorTest blue = (r, g, b) -> b > 150 && r < 20 && g < 20;
        assertTrue(px.matches(CX, CY, blue), px.describe(CX, CY));
        int[] box = px.bounds(blue);
        assertNotNull(box);
        int w = box[2] - box[0] + 1;
        int h = box[3] - box[1] + 1;
        assertTrue(w > h, "seen from above at about 31 degrees the square is wider than tall: " + w + "x" + h);
    }

    @Test
    void shouldDrawTheGridAsUnlitLinesAcrossTheView() {
        mesh(MeshType.GRID, 0, 0, 0, 1, WHITE);
        Pixels px = renderFrame();

        Pixels.ColorTest white = (r, g, b) -> r == 255 && g == 255 && b == 255;
        int total = px.count(white);
        assertTrue(total > 300, "white grid pixels: " + total);
        // The line y = 0 runs straight away from the camera, down the centre column.
        int centreColumn = px.count(CX - 1, 0, CX + 1, HEIGHT, white);
        assertTrue(centreColumn > 40, "grid pixels on the centre column: " + centreColumn);
        // Lines, not a filled surface: most of the area between them is still the clear colour.
        int clear = px.count(0, CY, WIDTH, HEIGHT, (r, g, b) -> near(r, Pixels.CLEAR_R) && near(b, Pixels.CLEAR_B));
        assertTrue(clear > WIDTH * (HEIGHT - CY) / 2, "clear pixels in the lower half: " + clear);
    }

    @Test
    void shouldDrawScreenTextAtItsPixelPositionAndSize() {
        text(10, 10, 16, "HELLO", GREEN);
        Pixels px = renderFrame();

        Pixels.ColorTest green = (r, g, b) -> g > 200 && r < 60 && b < 60;
        int[] box = px.bounds(green);
        assertNotNull(box, "no green text pixels");
        assertTrue(box[0] >= 10 && box[1] >= 10, "text starts at (10, 10): " + Arrays.toString(box));
        int height = box[3] - box[1] + 1;
        // Capitals are 7 of the 9 font units that 16 px covers: about 12.4 px.
        assertTrue(height >= 11 && height <= 14, "capital height " + height);
        int width = box[2] - box[0] + 1;
        assertTrue(width > 40 && width < 70, "five letters wide: " + width);
        int ink = px.count(green);
        assertTrue(ink > 80, "green text pixels: " + ink);
        assertTrue(px.isClear(CX, CY), px.describe(CX, CY));
    }

    @Test
    void shouldDrawTextOnTopOfMeshes() {
        camera(-3, 0, 0, 0, 0);
        mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        text(CX - 10, CY - 8, 16, "XX", GREEN);
        Pixels px = renderFrame();

        int green = px.count(CX - 12, CY - 10, CX + 12, CY + 10, (r, g, b) -> g > 200 && r < 60);
        int red = px.count(CX - 12, CY - 10, CX + 12, CY + 10, (r, g, b) -> r > 120 && g < 20);
        assertTrue(green > 20, "text pixels over the cube: " + green);
        assertTrue(red > 20, "cube pixels between the glyph strokes: " + red);
    }

    @Test
    void shouldDrawAWorldDebugLineInItsColour() {
        line(0, -5, 0, 0, 5, 0, YELLOW);
        Pixels px = renderFrame();

        Pixels.ColorTest yellow = (r, g, b) -> r > 240 && g > 240 && b < 20;
        int count = px.count(yellow);
        assertTrue(count > 100, "yellow line pixels: " + count);
        int[] box = px.bounds(yellow);
        // Y runs left-right on screen and the default camera looks at the origin: a horizontal line at the centre.
        assertTrue(box[3] - box[1] <= 2, "line thickness " + Arrays.toString(box));
        assertTrue(Math.abs(box[1] - CY) <= 2, "line row " + box[1]);
    }

    @Test
    void shouldBlendTranslucentColoursWithWhatIsBehind() {
        camera(-3, 0, 0, 0, 0);
        int cube = mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        int opaqueRed = renderFrame().r(CX, CY);

        world.getMapper(MeshRenderable.class).get(cube).rgba = 0xFF000080;
        Pixels px = renderFrame();

        int expectedRed = Math.round(opaqueRed * 128 / 255f + Pixels.CLEAR_R * 127 / 255f);
        int expectedBlue = Math.round(Pixels.CLEAR_B * 127 / 255f);
        assertTrue(Math.abs(px.r(CX, CY) - expectedRed) <= 3, px.describe(CX, CY) + " expected r=" + expectedRed);
        assertTrue(Math.abs(px.b(CX, CY) - expectedBlue) <= 3, px.describe(CX, CY) + " expected b=" + expectedBlue);
        assertEquals(255, px.a(CX, CY), "blending keeps the frame opaque");
    }

    @Test
    void shouldSkipInactiveMeshes() {
        camera(-3, 0, 0, 0, 0);
        int inactive = mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        world.getMapper(MeshRenderable.class).get(inactive).active = false;
        Pixels px = renderFrame();

        assertTrue(px.isClear(CX, CY), px.describe(CX, CY));
        assertEquals(0, renderer.lastInstanceCount());
    }

    @Test
    void shouldDrawScreenCameraMeshesInPixelsFromTheTopLeftOnTopOfTheWorld() {
        camera(-3, 0, 0, 0, 0);
        mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        int screen = mesh(MeshType.PLANE, 60, 40, 0, 40, GREEN);
        world.getMapper(MeshRenderable.class).get(screen).camera = CameraType.SCREEN;
        int covering = mesh(MeshType.PLANE, CX, CY, 0, 20, BLUE);
        world.getMapper(MeshRenderable.class).get(covering).camera = CameraType.SCREEN;
        Pixels px = renderFrame();

        // The plane is centred on its position and 40 px wide: x 40..80, y 20..60; screen meshes are unlit.
        assertEquals(GREEN, px.rgba(60, 40), px.describe(60, 40));
        assertEquals(GREEN, px.rgba(42, 22), px.describe(42, 22));
        assertEquals(GREEN, px.rgba(78, 58), px.describe(78, 58));
        assertTrue(px.isClear(37, 40), px.describe(37, 40));
        assertTrue(px.isClear(60, 63), px.describe(60, 63));
        assertEquals(BLUE, px.rgba(CX, CY), "screen meshes draw over the world: " + px.describe(CX, CY));
        assertEquals(3, renderer.lastInstanceCount(), "both cameras' instances are counted");
    }

    @Test
    void shouldPanTheScreenViewByTheActiveScreenCamerasPosition() {
        int screen = mesh(MeshType.PLANE, 60, 40, 0, 20, GREEN);
        world.getMapper(MeshRenderable.class).get(screen).camera = CameraType.SCREEN;
        int cam = world.create();
        Transform t = world.edit(cam).create(Transform.class);
        t.x = 50;
        t.y = 30;
        CameraComponent camera = world.edit(cam).create(CameraComponent.class);
        camera.type = CameraType.SCREEN;
        camera.active = true;
        Pixels px = renderFrame();

        assertEquals(GREEN, px.rgba(10, 10), px.describe(10, 10));
        assertTrue(px.isClear(60, 40), px.describe(60, 40));
    }

    @Test
    void shouldLookDownWhenPitchIsPositive() {
        camera(0, 0, 5, 0, 90);
        mesh(MeshType.PLANE, 0, 0, 0, 2, RED);
        Pixels down = renderFrame();
        assertTrue(down.matches(CX, CY, (r, g, b) -> r > 120 && g < 20), down.describe(CX, CY));

        cameraTransform().pitch = -90;
        Pixels up = renderFrame();
        assertTrue(up.isClear(CX, CY), up.describe(CX, CY));
    }

    @Test
    void shouldTurnLeftTowardsPlusYWhenYawIsPositive() {
        camera(0, 0, 0, 90, 0);
        mesh(MeshType.CUBE, 0, 3, 0, 1, RED);
        mesh(MeshType.CUBE, 3, 0, 0, 1, BLUE);
        Pixels px = renderFrame();

        // The camera sees the cube's -Y face, which faces away from the light: ambient red only (0.3 * 255).
        int ambientRed = Math.round(255 * MeshPass.AMBIENT);
        assertTrue(px.matches(CX, CY, (r, g, b) -> near(r, ambientRed) && g < 5 && b < 5), px.describe(CX, CY));
        assertEquals(0, px.count((r, g, b) -> b > 60 && r < 20), "the +X cube is outside the view");
    }

    @Test
    void shouldShowPlusYOnTheLeftOfTheScreen() {
        camera(-5, 0, 0, 0, 0);
        mesh(MeshType.CUBE, 0, 1.5, 0, 1, RED);
        mesh(MeshType.CUBE, 0, -1.5, 0, 1, BLUE);
        Pixels px = renderFrame();

        int[] red = px.bounds((r, g, b) -> r > 120 && g < 20 && b < 20);
        int[] blue = px.bounds((r, g, b) -> b > 120 && r < 20 && g < 20);
        assertNotNull(red);
        assertNotNull(blue);
        assertTrue(red[2] < CX, "+Y cube left of centre: " + Arrays.toString(red));
        assertTrue(blue[0] > CX, "-Y cube right of centre: " + Arrays.toString(blue));
    }

    @Test
    void shouldUseTheDefaultCameraWhenNoWorldCameraIsActive() {
        camera(-3, 0, 0, 180, 0);
        world.getMapper(CameraComponent.class).get(cameraId).active = false;
        mesh(MeshType.CUBE, 0, 0, 0, 2, RED);
        Pixels px = renderFrame();

        assertTrue(px.matches(CX, CY, (r, g, b) -> r > 120 && g < 20), px.describe(CX, CY));
    }

    @Test
    void shouldDrawMoreInstancesThanTheInitialBatchCapacity() {
        camera(-12, 0, 0, 0, 0);
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 15; j++) {
                mesh(MeshType.CUBE, 0, (i - 7) * 0.8, (j - 7) * 0.8, 0.4, RED);
            }
        }
        Pixels px = renderFrame();
        assertEquals(225, renderer.lastInstanceCount());
        Pixels.ColorTest red = (r, g, b) -> r > 120 && g < 20;
        // 225 cubes of 0.4 units at 11.6 units: about 6 x 6 px each.
        assertTrue(px.count(red) > 225 * 20, "red pixels " + px.count(red));
        int[] box = px.bounds(red);
        assertTrue(box[0] < CX - 80 && box[2] > CX + 80, "the cubes spread across the view");

        Pixels again = renderFrame();
        assertEquals(225, renderer.lastInstanceCount(), "batches are emptied every frame");
        assertEquals(px.count(red), again.count(red));
    }

    @Test
    void shouldNotChangeOrRemoveComponents() {
        int lineId = line(0, -5, 0, 0, 5, 0, YELLOW);
        DebugPrimitive line = world.getMapper(DebugPrimitive.class).get(lineId);
        line.remainingSeconds = 0;
        int cube = mesh(MeshType.CUBE, 1, 2, 3, 1, RED);
        Transform transform = world.getMapper(Transform.class).get(cube);
        renderFrame();
        renderFrame();

        assertEquals(1, world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class))
                .getEntities().size());
        assertEquals(YELLOW, line.rgba);
        assertEquals(-5, line.y0);
        assertEquals(0, line.remainingSeconds);
        assertEquals(2, transform.y);
        assertEquals(1, transform.scale);
    }

    @Test
    void shouldWriteTheLastFrameAsAPng(@TempDir Path folder) throws IOException {
        camera(-3, 0, 0, 0, 0);
        mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        text(10, 10, 16, "PNG", GREEN);
        renderFrame();
        byte[] expected = renderer.readPixels();
        Path file = folder.resolve("frame.png");
        renderer.screenshot(file);

        assertTrue(Files.size(file) > 100);
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer w = stack.mallocInt(1);
            IntBuffer h = stack.mallocInt(1);
            IntBuffer channels = stack.mallocInt(1);
            ByteBuffer image = STBImage.stbi_load(file.toString(), w, h, channels, 4);
            assertNotNull(image, "stbi_load: " + STBImage.stbi_failure_reason());
            try {
                assertEquals(WIDTH, w.get(0));
                assertEquals(HEIGHT, h.get(0));
                byte[] actual = new byte[WIDTH * HEIGHT * 4];
                image.get(0, actual);
                assertArrayEquals(expected, actual, "the PNG holds exactly the rendered frame, top row first");
            } finally {
                STBImage.stbi_image_free(image);
            }
        }
        Pixels px = new Pixels(expected, WIDTH, HEIGHT);
        assertTrue(px.matches(CX, CY, (r, g, b) -> r > 120 && g < 20), px.describe(CX, CY));
        assertTrue(px.count(0, 0, 60, 40, (r, g, b) -> g > 200 && r < 60) > 20, "text near the top-left");
    }

    @Test
    void shouldRefuseScreenshotsBeforeTheFirstFrame(@TempDir Path folder) {
        assertThrows(IllegalStateException.class, () -> renderer.screenshot(folder.resolve("early.png")));
        assertThrows(IllegalStateException.class, renderer::readPixels);
    }

    @Test
    void shouldThrowIoExceptionWhenThePngCannotBeWritten(@TempDir Path folder) {
        renderFrame();
        assertThrows(IOException.class, () -> renderer.screenshot(folder.resolve("missing").resolve("x.png")));
    }

    @Test
    void shouldDescribeTheDeviceAndNeverRequestCloseHeadless() {
        String device = renderer.deviceDescription();
        LOG.info("GL device: {}", device);
        assertFalse(device.isBlank());
        assertFalse(device.equals("none"));
        assertTrue(device.contains("OpenGL"), device);
        renderFrame();
        assertFalse(renderer.closeRequested());
    }

    @Test
    void shouldReportShaderCompileErrorsWithTheInfoLog() {
        RendererException e = assertThrows(RendererException.class, () -> ShaderProgram.load("broken"));
        assertTrue(e.getMessage().contains("broken.vert") && e.getMessage().contains("compile failed"),
                e.getMessage());
        RendererException missing = assertThrows(RendererException.class, () -> ShaderProgram.load("absent"));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    @Test
    void shouldCloseIdempotentlyAndRefuseToRenderAfterwards() {
        renderFrame();
        renderer.close();
        renderer.close();
        assertThrows(IllegalStateException.class, () -> renderer.render(99));
        assertThrows(IllegalStateException.class, renderer::readPixels);
        assertFalse(renderer.closeRequested());
    }

    @Test
    void shouldRefuseToStartTwice() {
        assertThrows(IllegalStateException.class,
                () -> renderer.start(world, new RenderConfig(WIDTH, HEIGHT, true, false, "again")));
    }

    private Pixels renderFrame() {
        world.process();
        renderer.render(++frame);
        return new Pixels(renderer.readPixels(), renderer.framebufferWidth(), renderer.framebufferHeight());
    }

    private static boolean near(int actual, int expected) {
        return Math.abs(actual - expected) <= 3;
    }

    private void camera(double x, double y, double z, double yaw, double pitch) {
        cameraId = world.create();
        Transform t = world.edit(cameraId).create(Transform.class);
        t.x = x;
        t.y = y;
        t.z = z;
        t.yaw = yaw;
        t.pitch = pitch;
        CameraComponent camera = world.edit(cameraId).create(CameraComponent.class);
        camera.type = CameraType.WORLD;
        camera.active = true;
    }

    private Transform cameraTransform() {
        return world.getMapper(Transform.class).get(cameraId);
    }

    private int mesh(MeshType type, double x, double y, double z, double scale, int rgba) {
        int id = world.create();
        Transform t = world.edit(id).create(Transform.class);
        t.x = x;
        t.y = y;
        t.z = z;
        t.scale = scale;
        MeshRenderable renderable = world.edit(id).create(MeshRenderable.class);
        renderable.meshType = type;
        renderable.rgba = rgba;
        return id;
    }

    private int line(double x0, double y0, double z0, double x1, double y1, double z1, int rgba) {
        int id = world.create();
        DebugPrimitive line = world.edit(id).create(DebugPrimitive.class);
        line.kind = DebugPrimitive.Kind.LINE;
        line.x0 = x0;
        line.y0 = y0;
        line.z0 = z0;
        line.x1 = x1;
        line.y1 = y1;
        line.z1 = z1;
        line.rgba = rgba;
        return id;
    }

    private void text(double x, double y, double size, String string, int rgba) {
        int id = world.create();
        DebugPrimitive text = world.edit(id).create(DebugPrimitive.class);
        text.kind = DebugPrimitive.Kind.SCREEN_TEXT;
        text.x0 = x;
        text.y0 = y;
        text.size = size;
        text.text = string;
        text.rgba = rgba;
    }
}
