package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_LINES;
import static org.lwjgl.opengl.GL11.GL_TRIANGLES;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STATIC_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;

import dev.polyframe.sync.protocol.MeshType;

/**
 * One shared mesh on the GPU: a static vertex buffer in the {@link MeshFactory} layout. Main thread only.
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
    private final int vertexCount;
    private int vbo;

    private Mesh(MeshType type, int vertexCount, int vbo) {
        this.type = type;
        this.vertexCount = vertexCount;
        this.vbo = vbo;
    }

    /**
     * Uploads the shared mesh of a type.
     *
     * @param type which mesh
     * @return the uploaded mesh
     */
    static Mesh create(MeshType type) {
        float[] vertices = MeshFactory.vertices(type);
        int vbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, vertices, GL_STATIC_DRAW);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        return new Mesh(type, vertices.length / MeshFactory.FLOATS_PER_VERTEX, vbo);
    }

    /** Binds the vertex buffer to the currently bound VAO at {@link #ATTRIBUTE_POSITION}/{@link #ATTRIBUTE_NORMAL}. */
    void bindVertexAttributes() {
        int stride = MeshFactory.FLOATS_PER_VERTEX * Float.BYTES;
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

    /** @return vertices per instance */
    int vertexCount() {
        return vertexCount;
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
    }
}
