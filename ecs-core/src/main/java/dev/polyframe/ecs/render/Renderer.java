package dev.polyframe.ecs.render;

import com.artemis.World;
import dev.polyframe.sync.input.InputSink;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws the Artemis {@link World} once per main frame.
 *
 * <p>Main thread only: every method is called by the thread that runs the {@code Engine}, which owns any GL
 * context or window. The renderer reads components (it never reads the snapshot) and never changes them.
 */
public interface Renderer extends AutoCloseable {

    /**
     * Gives the renderer the engine's live input, before {@link #start}: a window delivers its keyboard and mouse
     * events there (on the main thread, while it processes window events). The default ignores it: renderers without
     * a window (the null renderer, headless surfaces) get input only from Java injection.
     *
     * @param input where key, cursor, button and wheel events go
     */
    default void attachInput(InputSink input) {
    }

    /**
     * Creates the window or offscreen surface and any GPU resources.
     *
     * @param world the world to draw; the renderer may subscribe to aspects of it
     * @param config size and mode
     * @throws RendererException when no surface or context can be created
     */
    void start(World world, RenderConfig config);

    /**
     * Draws one frame of the world as it is now, then presents it (swap buffers when windowed).
     *
     * @param frame main frame number, starting at 1
     */
    void render(long frame);

    /** @return {@code true} once the user asked to close the window; always {@code false} headless */
    boolean closeRequested();

    /** @return a description of the device, for example the {@code GL_RENDERER} string, or {@code "none"} */
    String deviceDescription();

    /**
     * Writes the most recently rendered frame as a PNG.
     *
     * @param file destination; parent folders must exist
     * @throws IOException when the file cannot be written
     * @throws IllegalStateException before the first {@link #render(long)}
     */
    void screenshot(Path file) throws IOException;

    /** Releases the window and GPU resources. Idempotent. */
    @Override
    void close();
}
