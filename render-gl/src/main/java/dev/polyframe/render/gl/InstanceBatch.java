package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_INT;
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
import static org.lwjgl.opengl.GL31.glDrawElementsInstanced;
import static org.lwjgl.opengl.GL33.glVertexAttribDivisor;

import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

import java.nio.FloatBuffer;

/**
 * Collects the instances of one shared mesh for a frame and draws them with one instanced call. Main thread only.
 *
 * <p>Per-instance layout, {@link #FLOATS_PER_INSTANCE} floats: the model matrix column-major (16 floats, vertex
 * attributes {@link #ATTRIBUTE_MODEL} to {@code ATTRIBUTE_MODEL + 3}) then the colour {@code r, g, b, a} in 0..1
 * (attribute {@link #ATTRIBUTE_COLOR}). The staging buffer is off-heap and reused; it only grows (doubling) when a
 * frame has more instances than any frame before, so steady-state frames allocate nothing.
 */
final class InstanceBatch implements AutoCloseable {
    /** First of the four {@code vec4} attribute locations holding the model matrix columns. */
    static final int ATTRIBUTE_MODEL = 2;
    /** Attribute location of the instance colour. */
    static final int ATTRIBUTE_COLOR = 6;
    /** Floats per instance: 16 for the matrix, 4 for the colour. */
    static final int FLOATS_PER_INSTANCE = 20;

    private static final int INITIAL_CAPACITY = 64;

    private final Mesh mesh;
    private int vao;
    private int instanceVbo;
    private FloatBuffer staging;
    private int capacity;
    private int count;

    /** Creates the VAO binding {@code mesh} and a fresh instance buffer. */
    InstanceBatch(Mesh mesh) {
        this.mesh = mesh;
        this.capacity = INITIAL_CAPACITY;
        this.staging = MemoryUtil.memAllocFloat(capacity * FLOATS_PER_INSTANCE);
        this.vao = glGenVertexArrays();
        this.instanceVbo = glGenBuffers();
        glBindVertexArray(vao);
        mesh.bindVertexAttributes();
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        int stride = FLOATS_PER_INSTANCE * Float.BYTES;
        for (int column = 0; column < 4; column++) {
            int location = ATTRIBUTE_MODEL + column;
            glEnableVertexAttribArray(location);
            glVertexAttribPointer(location, 4, GL_FLOAT, false, stride, (long) column * 4 * Float.BYTES);
            glVertexAttribDivisor(location, 1);
        }
        glEnableVertexAttribArray(ATTRIBUTE_COLOR);
        glVertexAttribPointer(ATTRIBUTE_COLOR, 4, GL_FLOAT, false, stride, 16L * Float.BYTES);
        glVertexAttribDivisor(ATTRIBUTE_COLOR, 1);
        glBindVertexArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
    }

    /** @return the mesh this batch draws */
    Mesh mesh() {
        return mesh;
    }

    /** @return instances added since the last {@link #draw()} */
    int count() {
        return count;
    }

    /**
     * Appends one instance.
     *
     * @param model model-to-world matrix
     * @param rgba colour packed as {@code 0xRRGGBBAA}
     */
    void add(Matrix4f model, int rgba) {
        if (count == capacity) {
            capacity *= 2;
            staging = MemoryUtil.memRealloc(staging, capacity * FLOATS_PER_INSTANCE);
        }
        int base = count * FLOATS_PER_INSTANCE;
        model.get(base, staging);
        staging.put(base + 16, Rgba.red(rgba));
        staging.put(base + 17, Rgba.green(rgba));
        staging.put(base + 18, Rgba.blue(rgba));
        staging.put(base + 19, Rgba.alpha(rgba));
        count++;
    }

    /**
     * Uploads the collected instances and issues one {@code glDrawElementsInstanced}; then empties the batch.
     * The caller has bound the mesh shader and set its uniforms. Does nothing when the batch is empty.
     */
    void draw() {
        if (count == 0) {
            return;
        }
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        // Re-specifying the storage orphans last frame's copy (no GPU stall) and follows any growth.
        glBufferData(GL_ARRAY_BUFFER, (long) capacity * FLOATS_PER_INSTANCE * Float.BYTES, GL_STREAM_DRAW);
        staging.limit(count * FLOATS_PER_INSTANCE).position(0);
        glBufferSubData(GL_ARRAY_BUFFER, 0L, staging);
        staging.clear();
        glBindVertexArray(vao);
        glDrawElementsInstanced(mesh.primitive(), mesh.indexCount(), GL_UNSIGNED_INT, 0L, count);
        glBindVertexArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        count = 0;
    }

    /** Frees the VAO, the instance buffer and the staging memory. Idempotent; does not close the mesh. */
    @Override
    public void close() {
        if (vao != 0) {
            glDeleteVertexArrays(vao);
            vao = 0;
        }
        if (instanceVbo != 0) {
            glDeleteBuffers(instanceVbo);
            instanceVbo = 0;
        }
        if (staging != null) {
            MemoryUtil.memFree(staging);
            staging = null;
        }
    }
}
