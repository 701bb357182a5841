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
import static org.lwjgl.opengl.GL11.glFinish;
import static org.lwjgl.opengl.GL11.glGetString;
import static org.lwjgl.opengl.GL13.GL_MULTISAMPLE;
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
import org.joml.Matrix4f;
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
 *   <li>{@link Transform} + {@link MeshRenderable} with {@code active}: the shared mesh of its type, one instanced
 *       draw per camera and mesh type (a second one for translucent colours). Camera {@link CameraType#WORLD}:
 *       perspective, lit; camera {@link CameraType#SCREEN}: orthographic in pixels from the top-left corner, scale
 *       in pixels, unlit, on top of the world.</li>
 *   <li>{@link DebugPrimitive} {@code LINE}, {@code BOX}, {@code SPHERE}: 1-pixel world-space wireframes,
 *       depth-tested, after the world meshes.</li>
 *   <li>{@link DebugPrimitive} {@code SCREEN_TEXT} and {@code WORLD_TEXT}: stb_easy_font text on top of everything
 *       (no depth test), {@code size} pixels tall, at pixels from the top-left corner or where a world point
 *       projects.</li>
 * </ul>
 * Frames are drawn into a {@link RenderTarget} (multisampled when MSAA is granted), resolved, and blitted to the
 * window when there is one; readback and screenshots read the resolved frame.
 * The renderer reads components and never changes or removes them.
 *
 * <p>Cameras: the first entity (in Artemis subscription order) with {@link Transform} and an {@code active}
 * {@link CameraComponent} of each type, looked up every frame, so a switch shows in the frame it is applied. An
 * active screen camera's x, y pan the screen view (pixels). World camera: see {@link WorldCamera} for the
 * orientation convention (yaw 0 pitch 0 looks along +X, <b>positive pitch looks down</b>). With none, a default
 * camera at {@code (-10, 0, 6)} looks at the origin. World axes: X forward, Y left, Z up; units are world units and
 * degrees.
 */
public final class GlRenderer implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(GlRenderer.class);
    private static final float CLEAR_RED = 0.10f;
    private static final float CLEAR_GREEN = 0.12f;
    private static final float CLEAR_BLUE = 0.16f;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Half the depth range of the screen camera, pixels. */
    private static final float SCREEN_DEPTH = 1000.0f;

    private GlWindow window;
    private MeshPass meshPass;
    private DebugDraw debugDraw;
    private TextRenderer textRenderer;
    private Screenshot screenshot;
    private RenderTarget target;
    private final WorldCamera worldCamera = new WorldCamera();
    private final Matrix4f screenProjection = new Matrix4f();
    private final StringBuilder titleText = new StringBuilder(64);

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
    private int lastDrawCalls;
    private int requestedSamples;

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
            target = new RenderTarget(samplesFor(config), window.framebufferWidth(), window.framebufferHeight());
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

        device = glGetString(GL_RENDERER) + " (OpenGL " + glGetString(GL_VERSION) + ")"
                + (target.samples() > 1 ? ", MSAA " + target.samples() + "x" : ", no MSAA");
        title = config.title();
        rendered = false;
        fpsWindowStart = System.nanoTime();
        fpsFrames = 0;
        requestedSamples = config.msaaSamples();
        LOG.info("GlRenderer started: {}x{} framebuffer, headless={}, vsync={}, MSAA requested {}x granted {}x, "
                + "device={}", window.framebufferWidth(), window.framebufferHeight(), config.headless(),
                config.vsync(), requestedSamples, target.samples(), device);
    }

    /**
     * @return the MSAA samples to ask the context for: as configured, except none for a window on a software
     *     rasteriser (Mesa llvmpipe/softpipe), where 4x MSAA costs about 10x per frame (render-gl/README.md);
     *     headless runs keep their setting so golden images stay as configured
     */
    private static int samplesFor(RenderConfig config) {
        String device = String.valueOf(glGetString(GL_RENDERER));
        boolean software = device.contains("llvmpipe") || device.contains("softpipe");
        if (software && !config.headless() && config.msaaSamples() > 0) {
            LOG.info("GlRenderer: {} rasterises in software; MSAA {}x requested for the window is turned off",
                    device, config.msaaSamples());
            return 0;
        }
        return config.msaaSamples();
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
        if (!w.headless()) {
            target.blitToWindow(w.framebufferWidth(), w.framebufferHeight());
        }
        w.present();
        rendered = true;
        countFrame(w);
    }

    /** Draws the world as it is now into the render target and resolves it, without presenting it. */
    private void draw(GlWindow w) {
        w.consumeResized();
        target.resize(w.framebufferWidth(), w.framebufferHeight());
        int width = target.width();
        int height = target.height();
        target.bindForDrawing();
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        updateCameras((float) width / height, width, height);

        lastInstanceCount = meshPass.collect(meshEntities.getEntities(), transforms, renderables);
        meshPass.drawWorld(worldCamera.viewProjection());
        int calls = meshPass.takeDrawCalls();

        collectDebugPrimitives(width, height);
        // Debug lines and text rasterise without MSAA: crisp 1-pixel lines and glyphs in their exact colour.
        glDisable(GL_MULTISAMPLE);
        calls += debugDraw.draw(worldCamera.viewProjection()) ? 1 : 0;
        glEnable(GL_MULTISAMPLE);
        if (meshPass.screenCount() > 0) {
            // Screen-camera meshes sit on top of the world: they only depth-test among themselves.
            glClear(GL_DEPTH_BUFFER_BIT);
            meshPass.drawScreen(screenProjection);
            calls += meshPass.takeDrawCalls();
        }
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_MULTISAMPLE);
        calls += textRenderer.draw(width, height) ? 1 : 0;
        glEnable(GL_MULTISAMPLE);
        glEnable(GL_DEPTH_TEST);
        lastDrawCalls = calls;
        target.resolve();
    }

    /**
     * Finds the active world and screen cameras (the first active of each type in Artemis subscription order) and
     * sets up their matrices; without one, the default world camera and a screen camera at pixel (0, 0).
     */
    private void updateCameras(float aspect, int width, int height) {
        IntBag bag = cameraEntities.getEntities();
        int[] ids = bag.getData();
        int size = bag.size();
        boolean world = false;
        boolean screen = false;
        for (int i = 0; i < size && !(world && screen); i++) {
            CameraComponent camera = cameras.get(ids[i]);
            if (!camera.active) {
                continue;
            }
            if (camera.type == CameraType.WORLD && !world) {
                worldCamera.update(transforms.get(ids[i]), camera, aspect);
                world = true;
            } else if (camera.type == CameraType.SCREEN && !screen) {
                Transform t = transforms.get(ids[i]);
                screenProjection(width, height, (float) t.x, (float) t.y);
                screen = true;
            }
        }
        if (!world) {
            worldCamera.useDefault(aspect);
        }
        if (!screen) {
            screenProjection(width, height, 0, 0);
        }
    }

    /**
     * Pixels, origin top-left, y down; the active screen camera's position pans the view (its x, y in pixels).
     * Depth range -1000..1000 pixels; larger z is nearer.
     */
    private void screenProjection(int width, int height, float panX, float panY) {
        screenProjection.setOrtho(0, width, height, 0, -SCREEN_DEPTH, SCREEN_DEPTH).translate(-panX, -panY, 0);
    }

    private void collectDebugPrimitives(int width, int height) {
        IntBag bag = debugEntities.getEntities();
        int[] ids = bag.getData();
        int size = bag.size();
        for (int i = 0; i < size; i++) {
            DebugPrimitive primitive = debugPrimitives.get(ids[i]);
            switch (primitive.kind) {
                case LINE -> debugDraw.add(primitive);
                case BOX -> debugDraw.addBox(primitive);
                case SPHERE -> debugDraw.addSphere(primitive);
                case SCREEN_TEXT -> textRenderer.add(primitive);
                case WORLD_TEXT -> textRenderer.addWorld(primitive, worldCamera.viewProjection(), width, height);
                default -> {
                    // Every kind is handled above; a new kind draws nothing until added here.
                }
            }
        }
    }

    private void countFrame(GlWindow w) {
        fpsFrames++;
        long now = System.nanoTime();
        long elapsed = now - fpsWindowStart;
        if (elapsed >= NANOS_PER_SECOND) {
            if (!w.headless()) {
                // Once a second, reusing one builder: the title costs no heap allocation.
                titleText.setLength(0);
                titleText.append(title).append(" - ")
                        .append(Math.round(fpsFrames * (double) NANOS_PER_SECOND / elapsed)).append(" FPS");
                w.title(titleText);
            }
            fpsFrames = 0;
            fpsWindowStart = now;
        }
    }

    /**
     * Resizes the framebuffer; viewport and both cameras' projections follow from the next frame. Headless this
     * resizes the offscreen target at once (the way tests and tools change the size); windowed it resizes the window,
     * and the size the window system grants arrives with the next event poll. Main thread.
     *
     * @param width pixels, at least 1
     * @param height pixels, at least 1
     * @throws IllegalArgumentException when a size is below 1
     * @throws IllegalStateException before {@link #start} or after {@link #close}
     */
    public void resize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("GlRenderer.resize: width=" + width + ", height=" + height
                    + " must be >= 1");
        }
        requireStarted("resize").resize(width, height);
    }

    /**
     * Turns vsync on or off from the next frame (windowed; headless presents nothing). Main thread.
     *
     * @throws IllegalStateException before {@link #start} or after {@link #close}
     */
    public void vsync(boolean on) {
        requireStarted("vsync").vsync(on);
    }

    /**
     * Raises the close flag as the window's close button does, so {@link #closeRequested()} turns true and the
     * engine ends the game after this frame. For tools and headless tests. Main thread.
     *
     * @throws IllegalStateException before {@link #start} or after {@link #close}
     */
    public void requestClose() {
        requireStarted("requestClose").requestClose();
    }

    /**
     * Blocks until the GL has finished every command issued so far ({@code glFinish}): benchmarks call it so a
     * frame's deferred rasterisation (llvmpipe renders at flush time) is measured in that frame. Main thread.
     *
     * @throws IllegalStateException before {@link #start} or after {@link #close}
     */
    public void finish() {
        requireStarted("finish");
        glFinish();
    }

    /** @return MSAA samples per pixel granted (0 = none), or 0 when not started */
    public int msaaSamples() {
        return target == null ? 0 : target.samples();
    }

    /** @return draw calls issued by the last frame: instanced mesh draws plus one each for lines and text */
    public int lastDrawCalls() {
        return lastDrawCalls;
    }

    /**
     * @return {@code true} once the user clicked the window's close button or {@link #requestClose} was called
     */
    @Override
    public boolean closeRequested() {
        return window != null && window.closeRequested();
    }

    /**
     * @return {@code GL_RENDERER}, {@code GL_VERSION} and the MSAA samples granted (e.g. {@code ", MSAA 4x"} or
     *     {@code ", no MSAA"}), or {@code "none"} before {@link #start}
     */
    @Override
    public String deviceDescription() {
        return device;
    }

    /**
     * Writes the last rendered frame as an RGBA PNG of the framebuffer's size, read from the render target (which
     * keeps the last frame), the same windowed and headless.
     *
     * @throws IOException when the file cannot be written (for example a missing parent folder)
     * @throws IllegalStateException before the first {@link #render} or after {@link #close}
     */
    @Override
    public void screenshot(Path file) throws IOException {
        requireRendered("screenshot");
        target.bindForReading();
        screenshot.writePng(file, target.width(), target.height());
    }

    /**
     * Reads the last rendered frame back from the render target, for tests and tools. Allocates the returned array.
     *
     * @return {@code framebufferWidth() * framebufferHeight() * 4} bytes, RGBA, row 0 is the top row
     * @throws IllegalStateException before the first {@link #render} or after {@link #close}
     */
    public byte[] readPixels() {
        requireRendered("readPixels");
        target.bindForReading();
        ByteBuffer pixels = screenshot.capture(target.width(), target.height());
        byte[] copy = new byte[pixels.remaining()];
        pixels.get(copy);
        return copy;
    }

    /** @return width in pixels of the last drawn frame (the render target), or 0 when not started */
    public int framebufferWidth() {
        return target == null ? 0 : target.width();
    }

    /** @return height in pixels of the last drawn frame (the render target), or 0 when not started */
    public int framebufferHeight() {
        return target == null ? 0 : target.height();
    }

    /** @return mesh instances drawn in the last frame (active, both cameras) */
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
            if (target != null) {
                target.close();
            }
        } finally {
            target = null;
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
