package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_LINES;

import dev.polyframe.ecs.component.DebugPrimitive;
import org.joml.Matrix4f;

import java.nio.FloatBuffer;

/**
 * World-space debug lines ({@link DebugPrimitive.Kind#LINE}): collected during a frame, drawn as one
 * {@code GL_LINES} call, depth-tested against the scene, 1 pixel wide (core profile). Main thread only.
 *
 * <p>Vertex layout: position {@code x, y, z} in world units, then colour {@code r, g, b, a} in 0..1.
 */
final class DebugDraw implements AutoCloseable {
    private static final int INITIAL_VERTICES = 256;

    private final ShaderProgram shader;
    private final int viewProjectionLocation;
    private final VertexStream stream;

    /** Compiles the line shader and creates the vertex stream. */
    DebugDraw() {
        shader = ShaderProgram.load("line");
        viewProjectionLocation = shader.uniform("uViewProjection");
        stream = new VertexStream(INITIAL_VERTICES, 3, 4);
    }

    /**
     * Queues one line for this frame.
     *
     * @param line a primitive of kind {@link DebugPrimitive.Kind#LINE}; read, never modified
     */
    void add(DebugPrimitive line) {
        FloatBuffer out = stream.reserve(2);
        float r = Rgba.red(line.rgba);
        float g = Rgba.green(line.rgba);
        float b = Rgba.blue(line.rgba);
        float a = Rgba.alpha(line.rgba);
        out.put((float) line.x0).put((float) line.y0).put((float) line.z0).put(r).put(g).put(b).put(a);
        out.put((float) line.x1).put((float) line.y1).put((float) line.z1).put(r).put(g).put(b).put(a);
    }

    /** @return lines queued since the last {@link #draw} */
    int lineCount() {
        return stream.vertexCount() / 2;
    }

    /**
     * Draws and clears the queued lines.
     *
     * @param viewProjection world to clip space
     */
    void draw(Matrix4f viewProjection) {
        if (stream.vertexCount() == 0) {
            return;
        }
        shader.use();
        ShaderProgram.setMatrix(viewProjectionLocation, viewProjection);
        stream.draw(GL_LINES);
    }

    /** Frees the shader and buffers. Idempotent. */
    @Override
    public void close() {
        stream.close();
        shader.close();
    }
}
