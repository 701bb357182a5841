package dev.polyframe.ecs.render;

import com.artemis.World;
import java.nio.file.Path;

/**
 * A renderer that draws nothing, for tests and servers that need no pixels. Main thread only, like every renderer.
 */
public final class NullRenderer implements Renderer {
    private long framesRendered;

    @Override
    public void start(World world, RenderConfig config) {
        framesRendered = 0;
    }

    @Override
    public void render(long frame) {
        framesRendered++;
    }

    @Override
    public boolean closeRequested() {
        return false;
    }

    @Override
    public String deviceDescription() {
        return "none";
    }

    /**
     * Not supported: there are no pixels.
     *
     * @throws IllegalStateException always
     */
    @Override
    public void screenshot(Path file) {
        throw new IllegalStateException("NullRenderer.screenshot: file=" + file + ": the null renderer has no pixels");
    }

    /** @return frames passed to {@link #render(long)} since {@link #start} */
    public long framesRendered() {
        return framesRendered;
    }

    @Override
    public void close() {
    }
}
