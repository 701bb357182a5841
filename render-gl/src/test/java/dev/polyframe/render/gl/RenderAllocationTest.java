package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import com.sun.management.ThreadMXBean;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

/**
 * Proves the render path allocates nothing on the Java heap in steady state: bytes allocated by this thread
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, a count, not a timing) across many
 * {@link GlRenderer#render} calls of a scene using every feature, with entities moving every frame.
 */
class RenderAllocationTest {
    private static final int WARM_UP_FRAMES = 200;
    private static final int MEASURED_FRAMES = 300;

    @Test
    void shouldAllocateNothingPerFrameOnTheRenderPath() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported(), "this JVM counts thread allocation");
        threads.setThreadAllocatedMemoryEnabled(true);
        World world = new World(new WorldConfigurationBuilder().build());
        GlRenderer renderer = new GlRenderer();
        renderer.start(world, new RenderConfig(320, 240, true, false, "alloc"));
        try {
            TestScene scene = new TestScene(world);
            scene.camera(CameraType.WORLD, -6, 0, 3, 0, 20);
            scene.camera(CameraType.SCREEN, 0, 0, 0, 0, 0);
            int[] moving = new int[120];
            MeshType[] types = MeshType.values();
            for (int i = 0; i < moving.length; i++) {
                int rgba = i % 3 == 0 ? 0xFF000080 : 0x20C0FFFF;
                moving[i] = i % 10 == 0
                        ? scene.mesh(types[i % types.length], CameraType.SCREEN, i, i % 240, 0, 8, rgba)
                        : scene.mesh(types[i % types.length], i % 20 - 10, i / 20 - 10, 0, 0.4, rgba);
                scene.turn(moving[i], i, i % 7, 0);
            }
            scene.debug(DebugPrimitive.Kind.LINE, 0, 0, 0, 1, 1, 1, 0xFFFF00FF);
            scene.debug(DebugPrimitive.Kind.BOX, 0, 0, 0, 1, 2, 3, 0xFF0000FF);
            scene.debug(DebugPrimitive.Kind.SPHERE, 0, 0, 1, 1, 0, 0, 0x00FF00FF);
            scene.text(DebugPrimitive.Kind.SCREEN_TEXT, 4, 4, 0, 16, "FPS 60 entities 120", 0xFFFFFFFF);
            scene.text(DebugPrimitive.Kind.WORLD_TEXT, 0, 0, 1, 16, "label", 0xFFFFFFFF);
            world.process();
            var transforms = world.getMapper(Transform.class);

            long frame = 0;
            for (int i = 0; i < WARM_UP_FRAMES; i++) {
                move(transforms, moving, ++frame);
                renderer.render(frame);
            }
            long allocated = 0;
            for (int i = 0; i < MEASURED_FRAMES; i++) {
                move(transforms, moving, ++frame);
                long before = threads.getCurrentThreadAllocatedBytes();
                renderer.render(frame);
                allocated += threads.getCurrentThreadAllocatedBytes() - before;
            }
            assertEquals(moving.length, renderer.lastInstanceCount());
            assertEquals(0, allocated, "bytes allocated by " + MEASURED_FRAMES + " rendered frames");
        } finally {
            renderer.close();
            world.dispose();
        }
    }

    private static void move(com.artemis.ComponentMapper<Transform> transforms, int[] ids, long frame) {
        for (int id : ids) {
            Transform t = transforms.get(id);
            t.z = Math.sin((frame + id) * 0.05);
            t.yaw += 1;
        }
    }
}
