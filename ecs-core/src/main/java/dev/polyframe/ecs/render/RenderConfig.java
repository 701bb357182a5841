package dev.polyframe.ecs.render;

/**
 * How the renderer should present frames. Immutable and thread-safe.
 *
 * @param width framebuffer width in pixels, at least 1
 * @param height framebuffer height in pixels, at least 1
 * @param headless render offscreen with no window (GLFW null platform + EGL)
 * @param vsync wait for the display's vertical sync when presenting (ignored headless)
 * @param title window title
 */
public record RenderConfig(int width, int height, boolean headless, boolean vsync, String title) {

    /**
     * @throws IllegalArgumentException when a size is below 1 or the title is {@code null}
     */
    public RenderConfig {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("RenderConfig: width=" + width + ", height=" + height + " must be >= 1");
        }
        if (title == null) {
            throw new IllegalArgumentException("RenderConfig: title=null");
        }
    }
}
