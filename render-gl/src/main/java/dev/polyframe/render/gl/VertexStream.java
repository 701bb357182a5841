package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.glDrawArrays;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STREAM_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glBufferSubData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

import org.lwjgl.system.MemoryUtil;

import java.nio.FloatBuffer;

/**
 * Vertices rebuilt every frame (debug lines, text): an off-heap staging buffer, a VAO and a stream VBO.
 * Main thread only.
 *
 * <p>Vertices are interleaved floats; attribute {@code i} has {@code attributeSizes[i]} floats at location
 * {@code i}. The staging buffer grows (doubling) only when a frame needs more room than any before, so
 * steady-state frames allocate nothing.
 */
final class VertexStream implements AutoCloseable {
    private final int floatsPerVertex;
    private int vao;
    private int vbo;
    private FloatBuffer staging;

    /**
     * @param initialVertices starting capacity in vertices, at least 1
     * @param attributeSizes floats per attribute, in location order
     */
    VertexStream(int initialVertices, int... attributeSizes) {
        int floats = 0;
        for (int size : attributeSizes) {
            floats += size;
        }
        this.floatsPerVertex = floats;
        this.staging = MemoryUtil.memAllocFloat(initialVertices * floatsPerVertex);
        this.vao = glGenVertexArrays();
        this.vbo = glGenBuffers();
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        int offset = 0;
        for (int location = 0; location < attributeSizes.length; location++) {
            glEnableVertexAttribArray(location);
            glVertexAttribPointer(location, attributeSizes[location], GL_FLOAT, false, floatsPerVertex * Float.BYTES,
                    (long) offset * Float.BYTES);
            offset += attributeSizes[location];
        }
        glBindVertexArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
    }

    /**
     * Makes room for more vertices and returns the staging buffer; write them with relative {@code put}s.
     *
     * @param vertices how many vertices the caller is about to write
     * @return the staging buffer, positioned after the vertices written so far this frame
     */
    FloatBuffer reserve(int vertices) {
        int needed = staging.position() + vertices * floatsPerVertex;
        if (needed > staging.capacity()) {
            int capacity = staging.capacity();
            while (capacity < needed) {
                capacity *= 2;
            }
            staging = MemoryUtil.memRealloc(staging, capacity);
        }
        return staging;
    }

    /** @return vertices written since the last {@link #draw} */
    int vertexCount() {
        return staging.position() / floatsPerVertex;
    }

    /**
     * Uploads the vertices written this frame, draws them, and empties the stream. The caller has bound the
     * shader. Does nothing when empty.
     *
     * @param primitive {@code GL_LINES}, {@code GL_TRIANGLES}...
     */
    void draw(int primitive) {
        int count = vertexCount();
        if (count == 0) {
            return;
        }
        staging.flip();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        // Re-specifying the storage orphans last frame's copy (no GPU stall) and follows any growth.
        glBufferData(GL_ARRAY_BUFFER, (long) staging.capacity() * Float.BYTES, GL_STREAM_DRAW);
        glBufferSubData(GL_ARRAY_BUFFER, 0L, staging);
        glBindVertexArray(vao);
        glDrawArrays(primitive, 0, count);
        glBindVertexArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        staging.clear();
    }

    /** Frees the VAO, VBO and staging memory. Idempotent. */
    @Override
    public void close() {
        if (vao != 0) {
            glDeleteVertexArrays(vao);
            vao = 0;
        }
        if (vbo != 0) {
            glDeleteBuffers(vbo);
            vbo = 0;
        }
        if (staging != null) {
            MemoryUtil.memFree(staging);
            staging = null;
        }
    }
}
