package dev.polyframe.render.gl;

import static org.lwjgl.glfw.GLFW.GLFW_ANY_PLATFORM;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_CREATION_API;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MAJOR;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MINOR;
import static org.lwjgl.glfw.GLFW.GLFW_EGL_CONTEXT_API;
import static org.lwjgl.glfw.GLFW.GLFW_FALSE;
import static org.lwjgl.glfw.GLFW.GLFW_NATIVE_CONTEXT_API;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_CORE_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_FORWARD_COMPAT;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_NULL;
import static org.lwjgl.glfw.GLFW.GLFW_RESIZABLE;
import static org.lwjgl.glfw.GLFW.GLFW_TRUE;
import static org.lwjgl.glfw.GLFW.GLFW_VISIBLE;
import static org.lwjgl.glfw.GLFW.glfwCreateWindow;
import static org.lwjgl.glfw.GLFW.glfwDefaultWindowHints;
import static org.lwjgl.glfw.GLFW.glfwDestroyWindow;
import static org.lwjgl.glfw.GLFW.glfwGetFramebufferSize;
import static org.lwjgl.glfw.GLFW.glfwInit;
import static org.lwjgl.glfw.GLFW.glfwInitHint;
import static org.lwjgl.glfw.GLFW.glfwMakeContextCurrent;
import static org.lwjgl.glfw.GLFW.glfwPollEvents;
import static org.lwjgl.glfw.GLFW.glfwSetCursorPosCallback;
import static org.lwjgl.glfw.GLFW.glfwSetErrorCallback;
import static org.lwjgl.glfw.GLFW.glfwSetFramebufferSizeCallback;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;
import static org.lwjgl.glfw.GLFW.glfwSetMouseButtonCallback;
import static org.lwjgl.glfw.GLFW.glfwSetScrollCallback;
import static org.lwjgl.glfw.GLFW.glfwSetWindowShouldClose;
import static org.lwjgl.glfw.GLFW.glfwSetWindowSize;
import static org.lwjgl.glfw.GLFW.glfwSetWindowTitle;
import static org.lwjgl.glfw.GLFW.glfwShowWindow;
import static org.lwjgl.glfw.GLFW.glfwSwapBuffers;
import static org.lwjgl.glfw.GLFW.glfwSwapInterval;
import static org.lwjgl.glfw.GLFW.glfwTerminate;
import static org.lwjgl.glfw.GLFW.glfwWindowHint;
import static org.lwjgl.glfw.GLFW.glfwWindowShouldClose;
import static org.lwjgl.system.MemoryUtil.NULL;

import dev.polyframe.ecs.render.RenderConfig;
import dev.polyframe.ecs.render.RendererException;
import dev.polyframe.sync.input.InputSink;
import org.lwjgl.glfw.GLFWCursorPosCallback;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.glfw.GLFWFramebufferSizeCallback;
import org.lwjgl.glfw.GLFWKeyCallback;
import org.lwjgl.glfw.GLFWMouseButtonCallback;
import org.lwjgl.glfw.GLFWScrollCallback;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.MemoryStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.IntBuffer;

/**
 * The GLFW window (or headless surface) and its OpenGL 3.3 core context. Main thread only.
 *
 * <p>Headless: GLFW's null platform with an EGL context (Mesa llvmpipe on CI), no X server needed. GLFW is a
 * process-wide library: {@link #open} calls {@code glfwInit} and {@link #close} {@code glfwTerminate}, so at
 * most one window exists at a time. The LWJGL context API ({@code Configuration.OPENGL_CONTEXT_API}) is read
 * once per process when LWJGL first loads OpenGL, so a process renders either headless or windowed, not both.
 */
final class GlWindow implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GlWindow.class);

    private final boolean headless;
    private long handle = NULL;
    private boolean glfwInitialised;
    private GLFWErrorCallback errorCallback;
    private GLFWFramebufferSizeCallback sizeCallback;
    private GLFWKeyCallback keyCallback;
    private GLFWCursorPosCallback cursorCallback;
    private GLFWMouseButtonCallback buttonCallback;
    private GLFWScrollCallback scrollCallback;
    private String lastGlfwError = "none";
    private int framebufferWidth;
    private int framebufferHeight;
    private boolean resized;

    private GlWindow(boolean headless) {
        this.headless = headless;
    }

    /**
     * Initialises GLFW, creates the window and makes its context current on the calling thread.
     *
     * @param config size, mode, vsync and title
     * @return the open window
     * @throws RendererException when GLFW cannot initialise or no OpenGL 3.3 core context can be created; the
     *     message carries GLFW's last error
     */
    static GlWindow open(RenderConfig config) {
        GlWindow window = new GlWindow(config.headless());
        try {
            window.create(config);
            return window;
        } catch (RuntimeException e) {
            window.close();
            throw e;
        }
    }

    private void create(RenderConfig config) {
        errorCallback = GLFWErrorCallback.create((code, description) -> {
            lastGlfwError = "0x" + Integer.toHexString(code) + " " + GLFWErrorCallback.getDescription(description);
            LOG.warn("GLFW error {}", lastGlfwError);
        });
        glfwSetErrorCallback(errorCallback);
        if (headless) {
            Configuration.OPENGL_CONTEXT_API.set("EGL");
        }
        // Init hints outlive glfwTerminate, so set the platform every time.
        glfwInitHint(GLFW_PLATFORM, headless ? GLFW_PLATFORM_NULL : GLFW_ANY_PLATFORM);
        if (!glfwInit()) {
            throw new RendererException("GlWindow.open: glfwInit failed, headless=" + headless
                    + ", GLFW error: " + lastGlfwError);
        }
        glfwInitialised = true;

        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
        glfwWindowHint(GLFW_RESIZABLE, headless ? GLFW_FALSE : GLFW_TRUE);
        glfwWindowHint(GLFW_CONTEXT_CREATION_API, headless ? GLFW_EGL_CONTEXT_API : GLFW_NATIVE_CONTEXT_API);

        handle = glfwCreateWindow(config.width(), config.height(), config.title(), NULL, NULL);
        if (handle == NULL) {
            throw new RendererException("GlWindow.open: glfwCreateWindow failed for an OpenGL 3.3 core context, size="
                    + config.width() + "x" + config.height() + ", headless=" + headless
                    + ", GLFW error: " + lastGlfwError);
        }
        glfwMakeContextCurrent(handle);
        try {
            GL.createCapabilities();
        } catch (IllegalStateException | UnsatisfiedLinkError e) {
            throw new RendererException("GlWindow.open: GL.createCapabilities failed, headless=" + headless, e);
        }
        glfwSwapInterval(config.vsync() && !headless ? 1 : 0);

        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer w = stack.mallocInt(1);
            IntBuffer h = stack.mallocInt(1);
            glfwGetFramebufferSize(handle, w, h);
            framebufferWidth = Math.max(1, w.get(0));
            framebufferHeight = Math.max(1, h.get(0));
        }
        resized = true;
        sizeCallback = GLFWFramebufferSizeCallback.create((win, width, height) -> {
            // Minimised windows report 0 x 0; keep the last usable size.
            if (width > 0 && height > 0) {
                framebufferWidth = width;
                framebufferHeight = height;
                resized = true;
            }
        });
        glfwSetFramebufferSizeCallback(handle, sizeCallback);
        if (!headless) {
            glfwShowWindow(handle);
        }
    }

    /**
     * Delivers the window's keyboard, cursor, button and wheel events to {@code input}; GLFW calls them on the main
     * thread from {@code glfwPollEvents} in {@link #present()}, so they land before the next frame starts. Key repeats
     * are dropped (a held key is one press). Headless there are no events: tests inject input instead.
     *
     * @param input the engine's live input
     */
    void captureInput(InputSink input) {
        keyCallback = GLFWKeyCallback.create((win, key, scancode, action, mods) -> {
            if (action == GLFW_PRESS || action == GLFW_RELEASE) {
                input.key(key, action == GLFW_PRESS);
            }
        });
        cursorCallback = GLFWCursorPosCallback.create((win, x, y) -> input.mouseMoved(x, y));
        buttonCallback = GLFWMouseButtonCallback.create((win, button, action, mods) ->
                input.mouseButton(button, action == GLFW_PRESS));
        scrollCallback = GLFWScrollCallback.create((win, dx, dy) -> input.scrolled(dy));
        glfwSetKeyCallback(handle, keyCallback);
        glfwSetCursorPosCallback(handle, cursorCallback);
        glfwSetMouseButtonCallback(handle, buttonCallback);
        glfwSetScrollCallback(handle, scrollCallback);
    }

    /** @return {@code true} when the surface is offscreen (null platform + EGL) */
    boolean headless() {
        return headless;
    }

    /** @return framebuffer width in pixels, at least 1 */
    int framebufferWidth() {
        return framebufferWidth;
    }

    /** @return framebuffer height in pixels, at least 1 */
    int framebufferHeight() {
        return framebufferHeight;
    }

    /** @return {@code true} once after each framebuffer size change (and after opening) */
    boolean consumeResized() {
        boolean was = resized;
        resized = false;
        return was;
    }

    /** Presents the frame and, when windowed, processes window events (which may fire the resize callback). */
    void present() {
        glfwSwapBuffers(handle);
        if (!headless) {
            glfwPollEvents();
        }
    }

    /**
     * @return {@code true} once the user clicked the window's close button or {@link #requestClose} was called;
     *     headless only the latter
     */
    boolean closeRequested() {
        return handle != NULL && glfwWindowShouldClose(handle);
    }

    /** Raises the close flag as the window's close button does (tools and headless tests). */
    void requestClose() {
        if (handle != NULL) {
            glfwSetWindowShouldClose(handle, true);
        }
    }

    /**
     * Changes the framebuffer size. Headless the offscreen size changes at once; windowed the window is resized and
     * the new framebuffer size arrives with the next event poll (the window system may refuse or adjust it).
     *
     * @param width pixels, at least 1
     * @param height pixels, at least 1
     */
    void resize(int width, int height) {
        if (headless) {
            framebufferWidth = width;
            framebufferHeight = height;
            resized = true;
        } else if (handle != NULL) {
            glfwSetWindowSize(handle, width, height);
        }
    }

    /** Turns vsync on (swap interval 1) or off (0); ignored headless, where nothing is presented. */
    void vsync(boolean on) {
        if (!headless && handle != NULL) {
            glfwSwapInterval(on ? 1 : 0);
        }
    }

    /** Sets the title of a visible window; ignored headless. No heap allocation (LWJGL encodes on its stack). */
    void title(CharSequence title) {
        if (!headless && handle != NULL) {
            glfwSetWindowTitle(handle, title);
        }
    }

    /** @return the installed key callback, for tests; {@code null} before {@link #captureInput} */
    GLFWKeyCallback keyCallback() {
        return keyCallback;
    }

    /** @return the installed cursor callback, for tests */
    GLFWCursorPosCallback cursorCallback() {
        return cursorCallback;
    }

    /** @return the installed mouse button callback, for tests */
    GLFWMouseButtonCallback buttonCallback() {
        return buttonCallback;
    }

    /** @return the installed scroll callback, for tests */
    GLFWScrollCallback scrollCallback() {
        return scrollCallback;
    }

    private void freeInputCallbacks() {
        if (keyCallback != null) {
            keyCallback.free();
            cursorCallback.free();
            buttonCallback.free();
            scrollCallback.free();
            keyCallback = null;
            cursorCallback = null;
            buttonCallback = null;
            scrollCallback = null;
        }
    }

    /** Destroys the window and terminates GLFW. Idempotent. */
    @Override
    public void close() {
        if (handle != NULL) {
            GL.setCapabilities(null);
            glfwMakeContextCurrent(NULL);
            glfwDestroyWindow(handle);
            handle = NULL;
        }
        if (sizeCallback != null) {
            sizeCallback.free();
            sizeCallback = null;
        }
        freeInputCallbacks();
        if (glfwInitialised) {
            glfwTerminate();
            glfwInitialised = false;
        }
        if (errorCallback != null) {
            glfwSetErrorCallback(null);
            errorCallback.free();
            errorCallback = null;
        }
    }
}
