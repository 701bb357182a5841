package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.system.ChangeSet;
import dev.polyframe.ecs.system.CommandApplySystem;
import dev.polyframe.ecs.system.CommandLatency;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.CreateCameraFlyweight;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MeshType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Window-level and command-level behaviour of the renderer, headless: camera switches applied from the command
 * ring, resize, close requests, MSAA reporting, and the debug primitives added in #4.
 */
class RenderFeaturesTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int RED = 0xFF0000FF;
    private static final int GREEN = 0x00FF00FF;
    private static final int WHITE = 0xFFFFFFFF;

    private World world;
    private GlRenderer renderer;
    private long frame;

    private void start(World newWorld, RenderConfig config) {
        world = newWorld;
        renderer = new GlRenderer();
        renderer.start(world, config);
    }

    private void start() {
        start(new World(new WorldConfigurationBuilder().build()), new RenderConfig(WIDTH, HEIGHT, true, false, "t"));
    }

    @AfterEach
    void closeRenderer() {
        if (renderer != null) {
            renderer.close();
            world.dispose();
        }
    }

    @Test
    void shouldLookThroughANewlyActivatedCameraInTheFrameItsCommandIsApplied() {
        MessageRing commands = new MessageRing("commands", 64 * 1024);
        MessageRing events = new MessageRing("events", 64 * 1024);
        CommandApplySystem apply = new CommandApplySystem(commands, events, new SnapshotBuffers(16), new ChangeSet(),
                Long.MAX_VALUE, new CommandLatency());
        start(new World(new WorldConfigurationBuilder().with(apply).build()),
                new RenderConfig(WIDTH, HEIGHT, true, false, "switch"));
        TestScene scene = new TestScene(world);
        scene.mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        scene.mesh(MeshType.CUBE, 0, 10, 0, 1, GREEN);
        createCamera(commands, 1, -3, 0, 0);
        createCamera(commands, 2, -3, 10, 0);
        activate(commands, 1);
        Pixels first = renderFrame();
        assertTrue(first.matches(WIDTH / 2, HEIGHT / 2, RenderFeaturesTest::red),
                "camera 1 looks at the red cube: " + first.describe(WIDTH / 2, HEIGHT / 2));

        activate(commands, 2);
        Pixels px = renderFrame();
        assertTrue(px.matches(WIDTH / 2, HEIGHT / 2, (r, g, b) -> g > 100 && r < 60),
                "the frame that applied setActive(2) already looks through camera 2: " + px.describe(160, 120));
        assertEquals(0, apply.failedCommands());
    }

    private static void createCamera(MessageRing ring, long handle, double x, double y, double z) {
        int index = ring.tryClaim(MessageTypeIds.CAMERA_CREATE, CreateCameraFlyweight.LENGTH);
        new CreateCameraFlyweight().wrap(ring.buffer(), index).set(handle, CameraType.WORLD.id(),
                new double[] {x, y, z, 0, 0, 0, 60});
        ring.commit(index);
    }

    private static void activate(MessageRing ring, long handle) {
        int index = ring.tryClaim(MessageTypeIds.CAMERA_SET_ACTIVE, HandleCommandFlyweight.LENGTH);
        new HandleCommandFlyweight().wrap(ring.buffer(), index).handle(handle).value(0).xyz(0, 0, 0);
        ring.commit(index);
    }

    @Test
    void shouldFollowAResizeWithViewportAndBothProjections() {
        start();
        TestScene scene = new TestScene(world);
        scene.camera(CameraType.WORLD, -3, 0, 0, 0, 0);
        scene.mesh(MeshType.CUBE, 0, 0, 0, 1, RED);
        scene.mesh(MeshType.PLANE, CameraType.SCREEN, 300, 20, 0, 10, GREEN);
        Pixels before = renderFrame();
        int[] cubeBefore = before.bounds(RenderFeaturesTest::red);

        renderer.resize(640, 240);
        Pixels after = renderFrame();

        assertEquals(640, after.width());
        assertEquals(240, after.height());
        assertTrue(after.matches(320, 120, RenderFeaturesTest::red), "the world camera stays centred: "
                + after.describe(320, 120));
        int[] cubeAfter = after.bounds(RenderFeaturesTest::red);
        assertEquals(cubeBefore[3] - cubeBefore[1], cubeAfter[3] - cubeAfter[1], 1,
                "the vertical field of view is kept, so the cube keeps its pixel height");
        assertEquals(GREEN, after.rgba(300, 20), "screen pixels stay put: " + after.describe(300, 20));
        assertTrue(after.isClear(630, 120), "the whole new width is drawn: " + after.describe(630, 120));
    }

    @Test
    void shouldRefuseASizeBelowOnePixel() {
        start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.resize(0, 10));
        assertTrue(e.getMessage().contains("GlRenderer.resize: width=0"), e.getMessage());
    }

    @Test
    void shouldReportCloseRequestedOnceAskedAsTheCloseButtonDoes() {
        start();
        assertFalse(renderer.closeRequested());
        renderer.requestClose();
        assertTrue(renderer.closeRequested());
    }

    @Test
    void shouldReportTheMsaaSamplesGrantedAndHonourZero() {
        start(new World(new WorldConfigurationBuilder().build()),
                new RenderConfig(WIDTH, HEIGHT, true, false, "t").withMsaaSamples(4));
        assertTrue(renderer.msaaSamples() == 0 || renderer.msaaSamples() >= 2, "samples " + renderer.msaaSamples());
        assertTrue(renderer.deviceDescription().contains(renderer.msaaSamples() > 1
                ? "MSAA " + renderer.msaaSamples() + "x" : "no MSAA"), renderer.deviceDescription());
        renderer.close();
        world.dispose();

        start(new World(new WorldConfigurationBuilder().build()),
                new RenderConfig(WIDTH, HEIGHT, true, false, "t").withMsaaSamples(0));
        assertEquals(0, renderer.msaaSamples());
        assertTrue(renderer.deviceDescription().endsWith("no MSAA"), renderer.deviceDescription());
    }

    @Test
    void shouldDrawABoxAndASphereAsWireframesAroundTheirCentre() {
        start();
        TestScene scene = new TestScene(world);
        scene.camera(CameraType.WORLD, -5, 0, 0, 0, 0);
        scene.debug(DebugPrimitive.Kind.BOX, 0, 1.5, 0, 2, 2, 2, RED);
        scene.debug(DebugPrimitive.Kind.SPHERE, 0, -1.5, 0, 1, 0, 0, GREEN);
        Pixels px = renderFrame();

        int[] box = px.bounds((r, g, b) -> r == 255 && g == 0 && b == 0);
        int[] sphere = px.bounds((r, g, b) -> r == 0 && g == 255 && b == 0);
        assertTrue(box != null && sphere != null, "both drawn");
        assertTrue(box[2] < WIDTH / 2 && sphere[0] > WIDTH / 2, "+Y is left: box left, sphere right");
        int boxCentreX = (box[0] + box[2]) / 2;
        int boxCentreY = (box[1] + box[3]) / 2;
        assertTrue(px.isClear(boxCentreX, boxCentreY), "a wireframe is hollow: " + px.describe(boxCentreX,
                boxCentreY));
        int sphereHeight = sphere[3] - sphere[1];
        int sphereWidth = sphere[2] - sphere[0];
        assertEquals(sphereHeight, sphereWidth, 3, "the sphere's outline is round");
    }

    @Test
    void shouldAnchorWorldTextAtItsProjectedPointAndHideItBehindTheCamera() {
        start();
        TestScene scene = new TestScene(world);
        scene.camera(CameraType.WORLD, -5, 0, 0, 0, 0);
        scene.text(DebugPrimitive.Kind.WORLD_TEXT, 0, 0, 0, 16, "HERE", WHITE);
        scene.text(DebugPrimitive.Kind.WORLD_TEXT, -10, 0, 0, 16, "BEHIND", RED);
        Pixels px = renderFrame();

        int[] text = px.bounds((r, g, b) -> r == 255 && g == 255 && b == 255);
        assertTrue(text != null, "the world text is drawn");
        assertEquals(WIDTH / 2, text[0], 2, "its left edge starts where the origin projects");
        assertEquals(HEIGHT / 2, text[1], 3, "its top starts where the origin projects");
        assertTrue(text[3] - text[1] >= 11, "capitals at 16 px are about 12 px tall: " + (text[3] - text[1]));
        assertEquals(0, px.count((r, g, b) -> r == 255 && g == 0 && b == 0), "text behind the camera is hidden");
    }

    private static boolean red(int r, int g, int b) {
        return r > 100 && g < 60 && b < 60;
    }

    private Pixels renderFrame() {
        world.process();
        renderer.render(++frame);
        return new Pixels(renderer.readPixels(), renderer.framebufferWidth(), renderer.framebufferHeight());
    }
}
