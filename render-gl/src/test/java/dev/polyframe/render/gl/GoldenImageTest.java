package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Renders fixed scenes headless and compares them with the reference PNGs in {@code src/test/resources/golden/}
 * ({@link GoldenImages}: per-pixel tolerance, largest share of differing pixels, actual and diff images under
 * {@code target/golden-failures/} on a mismatch). Regenerate with {@code -Dpolyframe.golden.update=true}.
 *
 * <p>Scenes are deterministic: components set directly, no clock, no scripts; 4x MSAA requested, so the
 * multisampled path (resolve, edges) is covered too.
 */
class GoldenImageTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int RED = 0xE04040FF;
    private static final int GREEN = 0x40C060FF;
    private static final int BLUE = 0x4070E0FF;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int YELLOW = 0xFFE040FF;

    private World world;
    private GlRenderer renderer;
    private TestScene scene;
    private long frame;

    @BeforeEach
    void startRenderer() {
        world = new World(new WorldConfigurationBuilder().build());
        renderer = new GlRenderer();
        renderer.start(world, new RenderConfig(WIDTH, HEIGHT, true, false, "golden").withMsaaSamples(4));
        scene = new TestScene(world);
    }

    @AfterEach
    void closeRenderer() {
        renderer.close();
        world.dispose();
    }

    /** A camera up and to the right of the origin, looking down at it: three faces of a cube show. */
    private void obliqueCamera() {
        scene.camera(CameraType.WORLD, -3.0, -2.0, 2.2, 33.7, 31.4);
    }

    @Test
    void shouldMatchTheLitCube() {
        obliqueCamera();
        int cube = scene.mesh(MeshType.CUBE, 0, 0, 0, 1.5, RED);
        scene.turn(cube, 15, 0, 0);
        assertGolden("mesh-cube");
    }

    @Test
    void shouldMatchTheLitSphere() {
        obliqueCamera();
        scene.mesh(MeshType.SPHERE, 0, 0, 0, 2, GREEN);
        assertGolden("mesh-sphere");
    }

    @Test
    void shouldMatchTheLitPlane() {
        obliqueCamera();
        int plane = scene.mesh(MeshType.PLANE, 0, 0, 0, 2, BLUE);
        scene.turn(plane, 30, 0, 0);
        assertGolden("mesh-plane");
    }

    @Test
    void shouldMatchTheUnlitGrid() {
        obliqueCamera();
        scene.mesh(MeshType.GRID, 0, 0, 0, 0.5, WHITE);
        assertGolden("mesh-grid");
    }

    @Test
    void shouldMatchWorldAndScreenCameraMeshes() {
        obliqueCamera();
        scene.mesh(MeshType.CUBE, 0, 0, 0, 1.5, RED);
        scene.mesh(MeshType.PLANE, CameraType.SCREEN, 40, 40, 0, 48, GREEN);
        scene.mesh(MeshType.CUBE, CameraType.SCREEN, 280, 200, 0, 40, BLUE);
        scene.mesh(MeshType.SPHERE, CameraType.SCREEN, 160, 120, 0, 30, 0xFFFFFF80);
        assertGolden("world-and-screen");
    }

    @Test
    void shouldMatchOpaqueAndTranslucentColours() {
        obliqueCamera();
        scene.mesh(MeshType.CUBE, 0, -1.2, 0, 0.8, RED);
        scene.mesh(MeshType.CUBE, 0, 0, 0, 0.8, GREEN);
        scene.mesh(MeshType.CUBE, 0, 1.2, 0, 0.8, BLUE);
        scene.mesh(MeshType.SPHERE, -1.2, 0, 0.2, 1.2, 0xFFFFFF60);
        int plane = scene.mesh(MeshType.PLANE, 0, 0, -0.45, 4, 0xFFE04080);
        scene.turn(plane, 0, 0, 0);
        assertGolden("colours-alpha");
    }

    @Test
    void shouldMatchDebugLinesBoxesSpheresAndText() {
        obliqueCamera();
        scene.mesh(MeshType.GRID, 0, 0, 0, 0.5, 0x808080FF);
        scene.debug(DebugPrimitive.Kind.LINE, 0, 0, 0, 0, 0, 2, YELLOW);
        scene.debug(DebugPrimitive.Kind.LINE, -1, -1, 0, 1, 1, 0, 0xFF00FFFF);
        scene.debug(DebugPrimitive.Kind.BOX, 0, 1.2, 0.5, 1, 1, 1, RED);
        scene.debug(DebugPrimitive.Kind.SPHERE, 0, -1.2, 0.6, 0.6, 0, 0, GREEN);
        scene.text(DebugPrimitive.Kind.WORLD_TEXT, 0, 0, 1, 16, "z=1", WHITE);
        scene.text(DebugPrimitive.Kind.SCREEN_TEXT, 8, 8, 0, 16, "Polyframe 16px ABC xyz 0123", WHITE);
        scene.text(DebugPrimitive.Kind.SCREEN_TEXT, 8, 200, 0, 24, "24px", YELLOW);
        assertGolden("debug-primitives");
    }

    @Test
    void shouldMatchTheSceneAfterAResize() {
        obliqueCamera();
        scene.mesh(MeshType.CUBE, 0, 0, 0, 1.5, RED);
        scene.mesh(MeshType.PLANE, CameraType.SCREEN, 20, 20, 0, 24, GREEN);
        render();
        renderer.resize(200, 300);
        Pixels px = render();
        assertEquals(200, px.width());
        assertEquals(300, px.height());
        GoldenImages.assertMatches("resize-200x300", px);
    }

    private void assertGolden(String name) {
        GoldenImages.assertMatches(name, render());
    }

    private Pixels render() {
        world.process();
        renderer.render(++frame);
        return new Pixels(renderer.readPixels(), renderer.framebufferWidth(), renderer.framebufferHeight());
    }
}
