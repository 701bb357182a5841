package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_PACK_ALIGNMENT;
import static org.lwjgl.opengl.GL11.GL_RGBA;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glPixelStorei;
import static org.lwjgl.opengl.GL11.glReadBuffer;
import static org.lwjgl.opengl.GL11.glReadPixels;
import static org.lwjgl.opengl.GL30.GL_COLOR_ATTACHMENT0;

import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryUtil;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads the default framebuffer back as RGBA8 rows, top row first, and writes PNGs. Main thread only.
 *
 * <p>The two off-heap buffers (GL's bottom-up rows and the flipped copy) are reused and only grow with the
 * framebuffer.
 */
final class Screenshot implements AutoCloseable {
    private ByteBuffer glRows;
    private ByteBuffer topDown;
    private int width;
    private int height;

    /**
     * Reads the bound read framebuffer's colour attachment 0 (the {@link RenderTarget}'s resolved frame) into the
     * reusable top-down buffer. Never reads the window's buffers: after a swap the back buffer of a double-buffered
     * window is undefined, and reading the front buffer is not reliable either (under Xvfb it read back white).
     *
     * @param width framebuffer width in pixels
     * @param height framebuffer height in pixels
     * @return {@code width * height * 4} bytes, RGBA, row 0 is the top row; valid until the next capture
     */
    ByteBuffer capture(int width, int height) {
        int bytes = width * height * 4;
        if (glRows == null || glRows.capacity() < bytes) {
            glRows = MemoryUtil.memRealloc(glRows, bytes);
            topDown = MemoryUtil.memRealloc(topDown, bytes);
        }
        this.width = width;
        this.height = height;
        glRows.clear().limit(bytes);
        topDown.clear().limit(bytes);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadBuffer(GL_COLOR_ATTACHMENT0);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, glRows);
        int stride = width * 4;
        long source = MemoryUtil.memAddress(glRows);
        long target = MemoryUtil.memAddress(topDown);
        for (int row = 0; row < height; row++) {
            MemoryUtil.memCopy(source + (long) (height - 1 - row) * stride, target + (long) row * stride, stride);
        }
        return topDown;
    }

    /**
     * Captures and writes a PNG.
     *
     * @param file destination; the parent folder must exist
     * @param width framebuffer width in pixels
     * @param height framebuffer height in pixels
     * @throws IOException when stb_image_write cannot write the file
     */
    void writePng(Path file, int width, int height) throws IOException {
        ByteBuffer pixels = capture(width, height);
        if (!STBImageWrite.stbi_write_png(file.toString(), width, height, 4, pixels, width * 4)) {
            throw new IOException("Screenshot.writePng: file=" + file + ": stbi_write_png failed (" + width + "x"
                    + height + ")");
        }
    }

    /** @return width of the last capture in pixels */
    int width() {
        return width;
    }

    /** @return height of the last capture in pixels */
    int height() {
        return height;
    }

    /** Frees the buffers. Idempotent. */
    @Override
    public void close() {
        if (glRows != null) {
            MemoryUtil.memFree(glRows);
            glRows = null;
        }
        if (topDown != null) {
            MemoryUtil.memFree(topDown);
            topDown = null;
        }
    }
}
