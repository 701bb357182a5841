package dev.polyframe.ecs.render;

/**
 * How the renderer should present frames. Immutable and thread-safe.
 *
 * @param width framebuffer width in pixels, at least 1
 * @param height framebuffer height in pixels, at least 1
 * @param headless render offscreen with no window (GLFW null platform + EGL)
 * @param vsync wait for the display's vertical sync when presenting (ignored headless)
 * @param title window title
 * @param msaaSamples multisample anti-aliasing samples to request per pixel, 0 (off) to 16; the renderer grants at
 *     most what the context offers and reports what it got
 */
public record RenderConfig(int width, int height, boolean headless, boolean vsync, String title, int msaaSamples) {
    /**
     * Samples the five-argument constructor requests for a window: 4x, which desktop GPUs offer at little cost.
     * Headless it requests none: on Mesa llvmpipe (the CI rasteriser) 4x MSAA made 1 000 instanced cubes at
     * 1280x720 about 10x slower (frame p50 79 ms against 8 ms, {@code polyframe bench render --msaa}).
     */
    public static final int DEFAULT_MSAA_SAMPLES = 4;
    /** Most samples a config may request. */
    public static final int MAX_MSAA_SAMPLES = 16;

    /**
     * @throws IllegalArgumentException when a size is below 1, the title is {@code null} or {@code msaaSamples} is
     *     outside 0..{@link #MAX_MSAA_SAMPLES}
     */
    public RenderConfig {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("RenderConfig: width=" + width + ", height=" + height + " must be >= 1");
        }
        if (title == null) {
            throw new IllegalArgumentException("RenderConfig: title=null");
        }
        if (msaaSamples < 0 || msaaSamples > MAX_MSAA_SAMPLES) {
            throw new IllegalArgumentException("RenderConfig: msaaSamples=" + msaaSamples + " must be in 0.."
                    + MAX_MSAA_SAMPLES);
        }
    }

    /**
     * A config requesting {@link #DEFAULT_MSAA_SAMPLES} for a window and none headless; see the canonical
     * constructor for the parameters.
     */
    public RenderConfig(int width, int height, boolean headless, boolean vsync, String title) {
        this(width, height, headless, vsync, title, headless ? 0 : DEFAULT_MSAA_SAMPLES);
    }

    /** @return a copy with another MSAA sample request */
    public RenderConfig withMsaaSamples(int samples) {
        return new RenderConfig(width, height, headless, vsync, title, samples);
    }
}
