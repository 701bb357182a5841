package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_BLEND;
import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_DEPTH_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_DEPTH_TEST;
import static org.lwjgl.opengl.GL11.GL_LEQUAL;
import static org.lwjgl.opengl.GL11.GL_ONE;
import static org.lwjgl.opengl.GL11.GL_ONE_MINUS_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_RENDERER;
import static org.lwjgl.opengl.GL11.GL_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_VERSION;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;
import static org.lwjgl.opengl.GL11.glDepthFunc;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glGetString;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL14.glBlendFuncSeparate;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.EntitySubscription;
import com.artemis.World;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.CameraComponent;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.ecs.render.RendererException;
import dev.polyframe.sync.input.InputSink;
import dev.polyframe.sync.protocol.CameraType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The LWJGL / OpenGL 3.3 core {@link Renderer}: draws the Artemis world's meshes (instanced), debug lines and
 * screen text into a GLFW window, or offscreen when {@link RenderConfig#headless()} (GLFW null platform + EGL).
 *
 * <p><b>Main thread only</b>: {@link #start}, {@link #render}, {@link #screenshot} and {@link #close} must all be
 * called by the thread that owns the world; it becomes the GL context's thread. GLFW is process-wide, so only one
 * {@code GlRenderer} may be started at a time, and a process renders either headless or windowed, not both.
 *
 * <p>What is drawn, each frame, from the entities as of the last {@code world.process()}:
 * <ul>
 *   <li>{@link Transform} + {@link MeshRenderable} with {@code active} and camera {@link CameraType#WORLD}: the
 *       shared mesh of its type, one instanced draw per mesh type (a second one for translucent colours).</li>
 *   <li>{@link DebugPrimitive} {@code LINE}: a 1-pixel world-space line, depth-tested, after the meshes.</li>
 *   <li>{@link DebugPrimitive} {@code SCREEN_TEXT}: stb_easy_font text on top (no depth test), pixels from the
 *       top-left corner, {@code size} pixels tall.</li>
 * </ul>
 * The renderer reads components and never changes or removes them.
 *
 * <p>Camera: the first entity (in Artemis subscription order) with {@link Transform} and an {@code active}
 * {@link CameraComponent} of type {@link CameraType#WORLD}; see {@link WorldCamera} for the orientation convention
 * (yaw 0 pitch 0 looks along +X, <b>positive pitch looks down</b>). With none, a default camera at
 * {@code (-10, 0, 6)} looks at the origin. World axes: X forward, Y left, Z up; units are world units and degrees.
 */
public final class GlRenderer implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(GlRenderer.class);
    private static final float CLEAR_RED = 0.10f;
    private static final float CLEAR_GREEN = 0.12f;
    private static final float CLEAR_BLUE = 0.16f;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private GlWindow window;
    private MeshPass meshPass;
    private DebugDraw debugDraw;
    private TextRenderer textRenderer;
    private Screenshot screenshot;
    private final WorldCamera worldCamera = new WorldCamera();

    private EntitySubscription meshEntities;
    private EntitySubscription cameraEntities;
    private EntitySubscription debugEntities;
    private ComponentMapper<Transform> transforms;
    private ComponentMapper<MeshRenderable> renderables;
    private ComponentMapper<CameraComponent> cameras;
    private ComponentMapper<DebugPrimitive> debugPrimitives;

    private InputSink input;
    private String title = "";
    private String device = "none";
    private boolean rendered;
    private long fpsWindowStart;
    private int fpsFrames;
    private int lastInstanceCount;

    /** Creates an unstarted renderer; call {@link #start} on the main thread. */
    public GlRenderer() {
    }

    /**
     * @return {@code true} when the environment names a display ({@code DISPLAY} or {@code WAYLAND_DISPLAY} set
     *     and non-empty), so a visible window can be tried; otherwise launchers should use headless mode. Any
     *     thread.
     */
    public static boolean displayAvailable() {
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Routes the window's keyboard and mouse events to the engine's live input from {@link #start} on. Main thread,
     * before {@link #start}. Headless there are no window events (inject input through the engine instead).
     */
    @Override
    public void attachInput(InputSink inputSink) {
        this.input = inputSink;
    }

    /**
     * Opens the window (or headless surface), creates the GL resources and subscribes to the world's aspects.
     *
     * @throws RendererException when GLFW, the OpenGL 3.3 core context or a shader cannot be created
     * @throws IllegalStateException when already started
     */
    @Override
    public void start(World world, RenderConfig config) {
        if (window != null) {
            throw new IllegalStateException("GlRenderer.start: already started; close() first");
        }
        window = GlWindow.open(config);
        if (input != null) {
            window.captureInput(input);
        }
        try {
            meshPass = new MeshPass();
            debugDraw = new DebugDraw();
            textRenderer = new TextRenderer();
            screenshot = new Screenshot();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        transforms = world.getMapper(Transform.class);
        renderables = world.getMapper(MeshRenderable.class);
        cameras = world.getMapper(CameraComponent.class);
        debugPrimitives = world.getMapper(DebugPrimitive.class);
        meshEntities = world.getAspectSubscriptionManager().get(Aspect.all(Transform.class, MeshRenderable.class));
        cameraEntities = world.getAspectSubscriptionManager().get(Aspect.all(Transform.class, CameraComponent.class));
        debugEntities = world.getAspectSubscriptionManager().get(Aspect.all(DebugPrimitive.class));

        glClearColor(CLEAR_RED, CLEAR_GREEN, CLEAR_BLUE, 1.0f);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        glEnable(GL_BLEND);
        // Colour blends by source alpha; destination alpha stays opaque so screenshots are not see-through.
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

        device = glGetString(GL_RENDERER) + " (OpenGL " + glGetString(GL_VERSION) + ")";
        title = config.title();
        rendered = false;
        fpsWindowStart = System.nanoTime();
        fpsFrames = 0;
        LOG.info("GlRenderer started: {}x{} framebuffer, headless={}, vsync={}, device={}",
                window.framebufferWidth(), window.framebufferHeight(), config.headless(), config.vsync(), device);
    }

    /**
     * Draws the world as it is now and presents it.
     *
     * @param frame main frame number, starting at 1 (informational)
     * @throws IllegalStateException before {@link #start} or after {@link #close}
     */
    @Override
    public void render(long frame) {
        GlWindow w = requireStarted("render");
        draw(w);
        w.present();
        rendered = true;
        countFrame(w);
    }

    /** Draws the world as it is now into the back buffer, without presenting it. */
    private void draw(GlWindow w) {
        if (w.consumeResized()) {
            glViewport(0, 0, w.framebufferWidth(), w.framebufferHeight());
        }
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        float aspect = (float) w.framebufferWidth() / w.framebufferHeight();
        updateCamera(aspect);

        lastInstanceCount = meshPass.collect(meshEntities.getEntities(), transforms, renderables);
        meshPass.draw(worldCamera.viewProjection());

        collectDebugPrimitives();
        debugDraw.draw(worldCamera.viewProjection());
        glDisable(GL_DEPTH_TEST);
        textRenderer.draw(w.framebufferWidth(), w.framebufferHeight());
        glEnable(GL_DEPTH_TEST);
    }

    private void updateCamera(float aspect) {
        IntBag bag = cameraEntities.getEntities();
        int[] ids = bag.getData();
        int size = bag.size();
        for (int i = 0; i < size; i++) {
            CameraComponent camera = cameras.get(ids[i]);
            if (camera.active && camera.type == CameraType.WORLD) {
                worldCamera.update(transforms.get(ids[i]), camera, aspect);
                return;
            }
        }
        worldCamera.useDefault(aspect);
    }

    private void collectDebugPrimitives() {
        IntBag bag = debugEntities.getEntities();
        int[] ids = bag.getData();
        int size = bag.size();
        for (int i = 0; i < size; i++) {
            DebugPrimitive primitive = debugPrimitives.get(ids[i]);
            if (primitive.kind == DebugPrimitive.Kind.LINE) {
                debugDraw.add(primitive);
            } else if (primitive.kind == DebugPrimitive.Kind.SCREEN_TEXT) {
                textRenderer.add(primitive);
            }
        }
    }

    private void countFrame(GlWindow w) {
        fpsFrames++;
        long now = System.nanoTime();
        long elapsed = now - fpsWindowStart;
        if (elapsed >= NANOS_PER_SECOND) {
            if (!w.headless()) {
                // One small string per second, not per frame.
                w.title(title + " - " + Math.round(fpsFrames * (double) NANOS_PER_SECOND / elapsed) + " FPS");
            }
            fpsFrames = 0;
            fpsWindowStart = now;
        }
    }

    /** @return {@code true} once the user asked to close the window; always {@code false} headless */
    @Override
    public boolean closeRequested() {
        return window != null && window.closeRequested();
    }

    /** @return {@code GL_RENDERER} and {@code GL_VERSION}, or {@code "none"} before {@link #start} */
    @Override
    public String deviceDescription() {
        return device;
    }

    /**
     * Writes the last rendered frame as an RGBA PNG of the framebuffer's size. The world is drawn once more into the
     * back buffer (not presented) and read from there, which works the same windowed and headless; between frames
     * the world has not changed, so this is the last rendered frame.
     *
     * @throws IOException when the file cannot be written (for example a missing parent folder)
     * @throws IllegalStateException before the first {@link #render} or after {@link #close}
     */
    @Override
    public void screenshot(Path file) throws IOException {
        GlWindow w = requireRendered("screenshot");
        draw(w);
        screenshot.writePng(file, w.framebufferWidth(), w.framebufferHeight());
    }

    /**
     * Reads the last rendered frame back (drawn again into the back buffer, as {@link #screenshot} does), for tests
     * and tools. Allocates the returned array.
     *
     * @return {@code framebufferWidth() * framebufferHeight() * 4} bytes, RGBA, row 0 is the top row
     * @throws IllegalStateException before the first {@link #render} or after {@link #close}
     */
    public byte[] readPixels() {
        GlWindow w = requireRendered("readPixels");
        draw(w);
        ByteBuffer pixels = screenshot.capture(w.framebufferWidth(), w.framebufferHeight());
        byte[] copy = new byte[pixels.remaining()];
        pixels.get(copy);
        return copy;
    }

    /** @return framebuffer width in pixels, or 0 when not started */
    public int framebufferWidth() {
        return window == null ? 0 : window.framebufferWidth();
    }

    /** @return framebuffer height in pixels, or 0 when not started */
    public int framebufferHeight() {
        return window == null ? 0 : window.framebufferHeight();
    }

    /** @return mesh instances drawn in the last frame (active, world camera) */
    public int lastInstanceCount() {
        return lastInstanceCount;
    }

    private GlWindow requireStarted(String method) {
        if (window == null) {
            throw new IllegalStateException("GlRenderer." + method + ": not started (call start first)");
        }
        return window;
    }

    private GlWindow requireRendered(String method) {
        GlWindow w = requireStarted(method);
        if (!rendered) {
            throw new IllegalStateException("GlRenderer." + method + ": no frame rendered yet (call render first)");
        }
        return w;
    }

    /** Frees GL objects, destroys the window and terminates GLFW. Idempotent; main thread only. */
    @Override
    public void close() {
        if (window == null) {
            return;
        }
        try {
            if (screenshot != null) {
                screenshot.close();
            }
            if (textRenderer != null) {
                textRenderer.close();
            }
            if (debugDraw != null) {
                debugDraw.close();
            }
            if (meshPass != null) {
                meshPass.close();
            }
        } finally {
            screenshot = null;
            textRenderer = null;
            debugDraw = null;
            meshPass = null;
            window.close();
            window = null;
            rendered = false;
            LOG.debug("GlRenderer closed");
        }
    }
}
