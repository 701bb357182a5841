package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_NEAREST;
import static org.lwjgl.opengl.GL11.GL_RGBA8;
import static org.lwjgl.opengl.GL11.glGetInteger;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL30.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengl.GL30.GL_DEPTH24_STENCIL8;
import static org.lwjgl.opengl.GL30.GL_DEPTH_STENCIL_ATTACHMENT;
import static org.lwjgl.opengl.GL30.GL_DRAW_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengl.GL30.GL_MAX_SAMPLES;
import static org.lwjgl.opengl.GL30.GL_READ_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_RENDERBUFFER;
import static org.lwjgl.opengl.GL30.GL_RENDERBUFFER_SAMPLES;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;
import static org.lwjgl.opengl.GL30.glBindRenderbuffer;
import static org.lwjgl.opengl.GL30.glBlitFramebuffer;
import static org.lwjgl.opengl.GL30.glCheckFramebufferStatus;
import static org.lwjgl.opengl.GL30.glDeleteFramebuffers;
import static org.lwjgl.opengl.GL30.glDeleteRenderbuffers;
import static org.lwjgl.opengl.GL30.glFramebufferRenderbuffer;
import static org.lwjgl.opengl.GL30.glGenFramebuffers;
import static org.lwjgl.opengl.GL30.glGenRenderbuffers;
import static org.lwjgl.opengl.GL30.glGetRenderbufferParameteri;
import static org.lwjgl.opengl.GL30.glRenderbufferStorage;
import static org.lwjgl.opengl.GL30.glRenderbufferStorageMultisample;

import dev.polyframe.ecs.render.RendererException;

/**
 * The framebuffer every frame is drawn into, windowed or headless: an FBO with an RGBA8 colour and a 24-bit depth
 * renderbuffer, multisampled when MSAA was granted, plus a single-sample "resolve" FBO that frames are resolved
 * into, read back from ({@link Screenshot}) and, when windowed, blitted to the window. Main thread only.
 *
 * <p>Drawing into our own FBO makes headless and windowed behave the same: MSAA does not depend on the window
 * system's config (the GLFW null platform offers none), resizing headless is just new renderbuffers, and readback
 * never touches a swapped back buffer. Costs one resolve blit per frame (plus one to the window).
 *
 * <p>Sizes in pixels. {@link #resize} reallocates the renderbuffers; it allocates no Java objects.
 */
final class RenderTarget implements AutoCloseable {
    private final int samples;
    private int drawFbo;
    private int resolveFbo;
    private int drawColor;
    private int drawDepth;
    private int resolveColor;
    private int width;
    private int height;

    /**
     * Creates the target.
     *
     * @param requestedSamples MSAA samples per pixel wanted, 0 for none; clamped to {@code GL_MAX_SAMPLES}
     * @param width pixels, at least 1
     * @param height pixels, at least 1
     * @throws RendererException when a framebuffer is incomplete
     */
    RenderTarget(int requestedSamples, int width, int height) {
        int max = glGetInteger(GL_MAX_SAMPLES);
        int wanted = Math.min(requestedSamples, max);
        drawFbo = glGenFramebuffers();
        drawColor = glGenRenderbuffers();
        drawDepth = glGenRenderbuffers();
        if (wanted > 1) {
            resolveFbo = glGenFramebuffers();
            resolveColor = glGenRenderbuffers();
        }
        allocate(wanted, width, height);
        // The implementation may round the sample count up; report what the colour buffer really has.
        glBindRenderbuffer(GL_RENDERBUFFER, drawColor);
        samples = wanted > 1 ? glGetRenderbufferParameteri(GL_RENDERBUFFER, GL_RENDERBUFFER_SAMPLES) : 0;
        glBindRenderbuffer(GL_RENDERBUFFER, 0);
    }

    private void allocate(int wanted, int newWidth, int newHeight) {
        this.width = newWidth;
        this.height = newHeight;
        glBindRenderbuffer(GL_RENDERBUFFER, drawColor);
        if (wanted > 1) {
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, wanted, GL_RGBA8, newWidth, newHeight);
        } else {
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, newWidth, newHeight);
        }
        glBindRenderbuffer(GL_RENDERBUFFER, drawDepth);
        if (wanted > 1) {
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, wanted, GL_DEPTH24_STENCIL8, newWidth, newHeight);
        } else {
            glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, newWidth, newHeight);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, drawColor);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, drawDepth);
        check("draw");
        if (resolveFbo != 0) {
            glBindRenderbuffer(GL_RENDERBUFFER, resolveColor);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, newWidth, newHeight);
            glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolveColor);
            check("resolve");
        }
        glBindRenderbuffer(GL_RENDERBUFFER, 0);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    private void check(String which) {
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new RendererException("RenderTarget: " + which + " framebuffer incomplete, status=0x"
                    + Integer.toHexString(status) + ", size=" + width + "x" + height + ", samples=" + samples);
        }
    }

    /** @return MSAA samples per pixel granted, 0 when drawing single-sampled */
    int samples() {
        return samples;
    }

    /** @return width in pixels */
    int width() {
        return width;
    }

    /** @return height in pixels */
    int height() {
        return height;
    }

    /**
     * Follows a new size (no-op when unchanged): the renderbuffers are reallocated, their contents lost.
     *
     * @param newWidth pixels, at least 1
     * @param newHeight pixels, at least 1
     * @return {@code true} when the size changed
     */
    boolean resize(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return false;
        }
        allocate(samples > 1 ? samples : 0, newWidth, newHeight);
        return true;
    }

    /** Binds the draw FBO for drawing and sets the viewport to the whole target. */
    void bindForDrawing() {
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        glViewport(0, 0, width, height);
    }

    /**
     * Resolves the multisampled frame into the single-sample FBO (nothing to do without MSAA) and leaves that FBO
     * bound for reading.
     */
    void resolve() {
        if (resolveFbo != 0) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo());
    }

    /** Binds the single-sample FBO holding the last resolved frame for reading ({@link Screenshot#capture}). */
    void bindForReading() {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo());
    }

    /** @return the single-sample FBO holding the resolved frame, read by screenshots */
    int readFbo() {
        return resolveFbo != 0 ? resolveFbo : drawFbo;
    }

    /**
     * Copies the resolved frame to the window's back buffer (framebuffer 0), scaled to its size.
     *
     * @param windowWidth window framebuffer width in pixels
     * @param windowHeight window framebuffer height in pixels
     */
    void blitToWindow(int windowWidth, int windowHeight) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBlitFramebuffer(0, 0, width, height, 0, 0, windowWidth, windowHeight, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    /** Frees the framebuffers and renderbuffers. Idempotent. */
    @Override
    public void close() {
        if (drawFbo != 0) {
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glDeleteFramebuffers(drawFbo);
            glDeleteRenderbuffers(drawColor);
            glDeleteRenderbuffers(drawDepth);
            drawFbo = 0;
        }
        if (resolveFbo != 0) {
            glDeleteFramebuffers(resolveFbo);
            glDeleteRenderbuffers(resolveColor);
            resolveFbo = 0;
        }
    }
}
