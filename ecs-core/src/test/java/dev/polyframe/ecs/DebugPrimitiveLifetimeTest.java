package dev.polyframe.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.Aspect;
import com.artemis.EntitySubscription;
import com.artemis.World;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class DebugPrimitiveLifetimeTest {

    /** Counts the debug primitives each rendered frame would draw, and lets the script run every third frame. */
    private static final class CountingRenderer implements Renderer {
        private final List<Integer> primitivesPerFrame = new CopyOnWriteArrayList<>();
        private final Semaphore scriptTurns;
        private EntitySubscription debug;

        CountingRenderer(Semaphore scriptTurns) {
            this.scriptTurns = scriptTurns;
        }

        @Override
        public void start(World world, RenderConfig config) {
            debug = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class));
        }

        @Override
        public void render(long frame) {
            primitivesPerFrame.add(debug.getEntities().size());
            if (frame % 3 == 0) {
                scriptTurns.release();
            }
        }

        @Override
        public boolean closeRequested() {
            return false;
        }

        @Override
        public String deviceDescription() {
            return "counting";
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
    void shouldShowOneFrameTextOnEveryMainFrameWhileTheScriptRunsSlower() throws InterruptedException {
        Semaphore scriptTurns = new Semaphore(0);
        CountingRenderer renderer = new CountingRenderer(scriptTurns);
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                scriptTurns.acquireUninterruptibly();
                s.call("debug", "text", "fps", List.of(10, 10));
                s.call("debug", "line", List.of(0, 0, 0), List.of(1, 0, 0), Map.of("duration", 0));
            }
        };
        try (Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(120), renderer,
                new JavaGameBackend(game), JavaGameBackend.source(), error -> { })) {
            EngineStats stats = engine.run();
            assertTrue(stats.frameSkips() > 40, "the script ran slower than the main loop: " + stats.frameSkips());
        } finally {
            scriptTurns.release(1000);
        }
        List<Integer> counts = renderer.primitivesPerFrame;
        int first = counts.indexOf(2);
        assertTrue(first >= 0, "the text and line appeared: " + counts);
        // A partly applied script frame could briefly add its primitives beside the previous ones (> 2), but they must
        // never vanish between script frames.
        for (int i = first; i < counts.size(); i++) {
            assertTrue(counts.get(i) >= 2, "frame " + (i + 1) + " lost the one-frame primitives: " + counts);
        }
        assertEquals(2, counts.get(counts.size() - 1), "older frames' primitives were replaced, not kept: " + counts);
    }
}
