package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_TRIANGLES;

import dev.polyframe.ecs.component.DebugPrimitive;
import org.joml.Matrix4f;
import org.joml.Vector4f;
import org.lwjgl.stb.STBEasyFont;
import org.lwjgl.system.MemoryUtil;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * Debug text with stb_easy_font: screen text ({@link DebugPrimitive.Kind#SCREEN_TEXT}) at pixels from the top-left
 * corner and world text ({@link DebugPrimitive.Kind#WORLD_TEXT}) whose top-left corner sits where its world point
 * projects (not drawn while the point is behind the camera or outside the depth range). Collected during a frame,
 * drawn as one triangle list on top of everything. Main thread only; steady-state frames allocate nothing.
 *
 * <p>Size: stb_easy_font glyphs span 9 font units from the top of a capital to the bottom of a descender (capitals
 * are 7 units tall, lines are 12 apart), so the font is scaled by {@code size / 9}: the ink of a line of text is
 * {@code size} pixels tall. Multi-line text ({@code '\n'}) advances {@code 12 * size / 9} pixels per line.
 */
final class TextRenderer implements AutoCloseable {
    /** Font units from the top of a capital to the bottom of a descender (measured with stb_easy_font_print). */
    static final float GLYPH_HEIGHT_UNITS = 9.0f;
    /** stb_easy_font writes 4 vertices of 16 bytes (x, y, z floats and 4 colour bytes) per quad. */
    private static final int EASY_FONT_BYTES_PER_QUAD = 64;
    /** stb_easy_font's own guidance: about 270 bytes of vertex output per character. */
    private static final int EASY_FONT_BYTES_PER_CHAR = 270;
    private static final int INITIAL_SCRATCH_BYTES = 64 * 1024;
    private static final int INITIAL_VERTICES = 6 * 1024;

    private final ShaderProgram shader;
    private final int projectionLocation;
    private final VertexStream stream;
    private final Matrix4f projection = new Matrix4f();
    private final Vector4f clip = new Vector4f();
    private ByteBuffer scratch;

    /** Compiles the text shader and creates the vertex stream and the easy_font scratch buffer. */
    TextRenderer() {
        shader = ShaderProgram.load("text");
        projectionLocation = shader.uniform("uProjection");
        stream = new VertexStream(INITIAL_VERTICES, 2, 4);
        scratch = MemoryUtil.memAlloc(INITIAL_SCRATCH_BYTES);
    }

    /**
     * Queues one text for this frame. Empty or {@code null} text, or a size of 0 or less, draws nothing.
     *
     * @param text a primitive of kind {@link DebugPrimitive.Kind#SCREEN_TEXT}; read, never modified
     */
    void add(DebugPrimitive text) {
        addAt(text, (float) text.x0, (float) text.y0);
    }

    /**
     * Queues one world text for this frame, projected through the world camera.
     *
     * @param text a primitive of kind {@link DebugPrimitive.Kind#WORLD_TEXT}; read, never modified
     * @param viewProjection world to clip space
     * @param width framebuffer width in pixels
     * @param height framebuffer height in pixels
     */
    void addWorld(DebugPrimitive text, Matrix4f viewProjection, int width, int height) {
        viewProjection.transform(clip.set((float) text.x0, (float) text.y0, (float) text.z0, 1.0f));
        if (!(clip.w > 0) || clip.z < -clip.w || clip.z > clip.w) {
            return;
        }
        float x = (clip.x / clip.w + 1) * 0.5f * width;
        float y = (1 - clip.y / clip.w) * 0.5f * height;
        addAt(text, x, y);
    }

    private void addAt(DebugPrimitive text, float x0, float y0) {
        String string = text.text;
        if (string == null || string.isEmpty() || !(text.size > 0)) {
            return;
        }
        int needed = string.length() * EASY_FONT_BYTES_PER_CHAR;
        if (needed > scratch.capacity()) {
            scratch = MemoryUtil.memRealloc(scratch, Integer.highestOneBit(needed) << 1);
        }
        scratch.clear();
        int quads = STBEasyFont.stb_easy_font_print(0, 0, string, null, scratch);
        float scale = (float) text.size / GLYPH_HEIGHT_UNITS;
        float r = Rgba.red(text.rgba);
        float g = Rgba.green(text.rgba);
        float b = Rgba.blue(text.rgba);
        float a = Rgba.alpha(text.rgba);
        FloatBuffer out = stream.reserve(quads * 6);
        for (int quad = 0; quad < quads; quad++) {
            int base = quad * EASY_FONT_BYTES_PER_QUAD;
            // Corners come as top-left, top-right, bottom-right, bottom-left: two triangles 0-1-2 and 0-2-3.
            putCorner(out, base, 0, scale, x0, y0, r, g, b, a);
            putCorner(out, base, 1, scale, x0, y0, r, g, b, a);
            putCorner(out, base, 2, scale, x0, y0, r, g, b, a);
            putCorner(out, base, 0, scale, x0, y0, r, g, b, a);
            putCorner(out, base, 2, scale, x0, y0, r, g, b, a);
            putCorner(out, base, 3, scale, x0, y0, r, g, b, a);
        }
    }

    private void putCorner(FloatBuffer out, int quadBase, int corner, float scale, float x0, float y0,
            float r, float g, float b, float a) {
        int offset = quadBase + corner * 16;
        out.put(x0 + scratch.getFloat(offset) * scale).put(y0 + scratch.getFloat(offset + 4) * scale);
        out.put(r).put(g).put(b).put(a);
    }

    /** @return triangles queued since the last {@link #draw} */
    int triangleCount() {
        return stream.vertexCount() / 3;
    }

    /**
     * Draws and clears the queued text with an orthographic pixel projection, origin top-left.
     *
     * @param width framebuffer width in pixels
     * @param height framebuffer height in pixels
     * @return whether a draw call was issued (something was queued)
     */
    boolean draw(int width, int height) {
        if (stream.vertexCount() == 0) {
            return false;
        }
        shader.use();
        projection.setOrtho(0, width, height, 0, -1, 1);
        shader.setMatrix(projectionLocation, projection);
        stream.draw(GL_TRIANGLES);
        return true;
    }

    /** Frees the shader, buffers and scratch memory. Idempotent. */
    @Override
    public void close() {
        stream.close();
        shader.close();
        if (scratch != null) {
            MemoryUtil.memFree(scratch);
            scratch = null;
        }
    }
}
