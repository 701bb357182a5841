package dev.polyframe.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.EntitySubscription;
import com.artemis.World;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.sync.protocol.CameraType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The #4 debug commands and the mesh camera option, from a (Java) script call through the command ring to the
 * components the renderer reads: {@code debug.worldText}, {@code debug.box}, {@code debug.sphere} and
 * {@code entity.createMesh(..., {camera: "screen"})}.
 */
class DebugShapeCommandTest {

    /** Records, on its last frame, the debug primitives and mesh cameras the renderer would draw. */
    private static final class RecordingRenderer implements Renderer {
        private final List<String> primitives = new ArrayList<>();
        private final List<CameraType> meshCameras = new ArrayList<>();
        private EntitySubscription debug;
        private EntitySubscription meshes;
        private ComponentMapper<DebugPrimitive> mDebug;
        private ComponentMapper<MeshRenderable> mMesh;

        @Override
        public void start(World world, RenderConfig config) {
            debug = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class));
            meshes = world.getAspectSubscriptionManager().get(Aspect.all(MeshRenderable.class));
            mDebug = world.getMapper(DebugPrimitive.class);
            mMesh = world.getMapper(MeshRenderable.class);
        }

        @Override
        public void render(long frame) {
            primitives.clear();
            IntBag ids = debug.getEntities();
            for (int i = 0; i < ids.size(); i++) {
                DebugPrimitive p = mDebug.get(ids.get(i));
                if (p.kind != DebugPrimitive.Kind.SCREEN_TEXT) {  // not the engine's loading text
                    primitives.add(p.kind + " " + p.x0 + "," + p.y0 + "," + p.z0 + " " + p.x1 + "," + p.y1 + ","
                            + p.z1 + " size=" + p.size + " text=" + p.text + " rgba=" + Integer.toHexString(p.rgba)
                            + " seconds=" + p.remainingSeconds);
                }
            }
            meshCameras.clear();
            IntBag meshIds = meshes.getEntities();
            for (int i = 0; i < meshIds.size(); i++) {
                meshCameras.add(mMesh.get(meshIds.get(i)).camera);
            }
        }

        @Override
        public boolean closeRequested() {
            return false;
        }

        @Override
        public String deviceDescription() {
            return "recording";
        }

        @Override
        public void screenshot(Path file) {
            throw new IllegalStateException("no pixels");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shouldTurnDebugShapeAndWorldTextCommandsIntoPrimitivesAndKeepTheMeshCamera() {
        RecordingRenderer renderer = new RecordingRenderer();
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void init(JavaGameBackend.Scripts s) {
                s.call("debug", "worldText", "tag", List.of(1, 2, 3), Map.of("size", 20, "duration", 100));
                s.call("debug", "box", List.of(0, 1, 2), List.of(2, 4, 6), Map.of("color", List.of(255, 0, 0, 255),
                        "duration", 100));
                s.call("debug", "sphere", List.of(-1, 0, 1), 1.5, Map.of("duration", 100));
                s.call("entity", "createMesh", "plane", Map.of("camera", "screen"));
                s.call("entity", "createMesh", "cube");
            }
        };
        try (Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(10), renderer,
                new JavaGameBackend(game), JavaGameBackend.source(), error -> { })) {
            engine.run();
        }
        assertEquals(3, renderer.primitives.size(), "three long-lived primitives: " + renderer.primitives);
        assertTrue(renderer.primitives.get(0).startsWith("WORLD_TEXT 1.0,2.0,3.0 ") && renderer.primitives.get(0)
                .contains("size=20.0 text=tag"), renderer.primitives.get(0));
        assertTrue(renderer.primitives.get(1).startsWith("BOX 0.0,1.0,2.0 2.0,4.0,6.0 ")
                && renderer.primitives.get(1).contains("rgba=ff0000ff"), renderer.primitives.get(1));
        assertTrue(renderer.primitives.get(2).startsWith("SPHERE -1.0,0.0,1.0 1.5,0.0,0.0 "),
                renderer.primitives.get(2));
        assertEquals(List.of(CameraType.SCREEN, CameraType.WORLD), renderer.meshCameras);
    }
}
