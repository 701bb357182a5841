package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_LINES;
import static org.lwjgl.opengl.GL11.GL_TRIANGLES;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_ELEMENT_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STATIC_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL31.GL_COPY_WRITE_BUFFER;

import dev.polyframe.sync.protocol.MeshType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One shared mesh on the GPU: a static vertex buffer of the unique vertices of the {@link MeshFactory} triangle (or
 * line) list plus an index buffer, drawn with {@code glDrawElementsInstanced}. Main thread only.
 *
 * <p>Indexing matters on software rasterisers: Mesa llvmpipe shades each index once per vertex-cache window instead
 * of each listed vertex, so a sphere shades about 560 unique vertices instead of 3072, a cube 24 instead of 36.
 *
 * <p>A mesh has no vertex array of its own: each {@link InstanceBatch} binds it into its VAO with
 * {@link #bindVertexAttributes()}, next to its per-instance buffer.
 */
final class Mesh implements AutoCloseable {
    /** Vertex attribute location of the model-space position ({@code vec3}). */
    static final int ATTRIBUTE_POSITION = 0;
    /** Vertex attribute location of the model-space unit normal ({@code vec3}). */
    static final int ATTRIBUTE_NORMAL = 1;

    private final MeshType type;
    private final int indexCount;
    private final int uniqueVertices;
    private int vbo;
    private int ebo;

    private Mesh(MeshType type, int indexCount, int uniqueVertices, int vbo, int ebo) {
        this.type = type;
        this.indexCount = indexCount;
        this.uniqueVertices = uniqueVertices;
        this.vbo = vbo;
        this.ebo = ebo;
    }

    /** One vertex of the factory layout, as a map key for de-duplication. */
    private record Vertex(float px, float py, float pz, float nx, float ny, float nz) {
    }

    /**
     * Uploads the shared mesh of a type.
     *
     * @param type which mesh
     * @return the uploaded mesh
     */
    static Mesh create(MeshType type) {
        float[] listed = MeshFactory.vertices(type);
        int stride = MeshFactory.FLOATS_PER_VERTEX;
        int listedCount = listed.length / stride;
        Map<Vertex, Integer> indexOf = new HashMap<>();
        float[] unique = new float[listed.length];
        int[] indices = new int[listedCount];
        for (int i = 0; i < listedCount; i++) {
            int o = i * stride;
            Vertex v = new Vertex(listed[o], listed[o + 1], listed[o + 2], listed[o + 3], listed[o + 4],
                    listed[o + 5]);
            Integer index = indexOf.get(v);
            if (index == null) {
                index = indexOf.size();
                indexOf.put(v, index);
                System.arraycopy(listed, o, unique, index * stride, stride);
            }
            indices[i] = index;
        }
        int vbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, Arrays.copyOf(unique, indexOf.size() * stride), GL_STATIC_DRAW);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        // The element buffer binding is VAO state; it is attached in bindVertexAttributes, with a VAO bound.
        int ebo = glGenBuffers();
        glBindBuffer(GL_COPY_WRITE_BUFFER, ebo);
        glBufferData(GL_COPY_WRITE_BUFFER, indices, GL_STATIC_DRAW);
        glBindBuffer(GL_COPY_WRITE_BUFFER, 0);
        return new Mesh(type, listedCount, indexOf.size(), vbo, ebo);
    }

    /**
     * Binds the vertex buffer to the currently bound VAO at {@link #ATTRIBUTE_POSITION}/{@link #ATTRIBUTE_NORMAL},
     * and the index buffer as its element array.
     */
    void bindVertexAttributes() {
        int stride = MeshFactory.FLOATS_PER_VERTEX * Float.BYTES;
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glEnableVertexAttribArray(ATTRIBUTE_POSITION);
        glVertexAttribPointer(ATTRIBUTE_POSITION, 3, GL_FLOAT, false, stride, 0L);
        glEnableVertexAttribArray(ATTRIBUTE_NORMAL);
        glVertexAttribPointer(ATTRIBUTE_NORMAL, 3, GL_FLOAT, false, stride, 3L * Float.BYTES);
    }

    /** @return which mesh this is */
    MeshType type() {
        return type;
    }

    /** @return indices per instance ({@code GL_UNSIGNED_INT}), the vertices of the factory's list */
    int indexCount() {
        return indexCount;
    }

    /** @return distinct vertices in the vertex buffer */
    int uniqueVertices() {
        return uniqueVertices;
    }

    /** @return {@code GL_LINES} or {@code GL_TRIANGLES} */
    int primitive() {
        return MeshFactory.isLines(type) ? GL_LINES : GL_TRIANGLES;
    }

    /** @return {@code true} when the mesh is shaded by the directional light (the grid is not) */
    boolean lit() {
        return !MeshFactory.isLines(type);
    }

    /** @return {@code true} when back faces may be culled */
    boolean closed() {
        return MeshFactory.isClosed(type);
    }

    /** Deletes the vertex buffer. Idempotent. */
    @Override
    public void close() {
        if (vbo != 0) {
            glDeleteBuffers(vbo);
            vbo = 0;
        }
        if (ebo != 0) {
            glDeleteBuffers(ebo);
            ebo = 0;
        }
    }
}
