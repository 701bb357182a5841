package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_LINES;

import dev.polyframe.ecs.component.DebugPrimitive;
import org.joml.Matrix4f;

import java.nio.FloatBuffer;

/**
 * World-space debug wireframes: lines ({@link DebugPrimitive.Kind#LINE}), axis-aligned boxes (12 edges,
 * {@link DebugPrimitive.Kind#BOX}) and spheres ({@link DebugPrimitive.Kind#SPHERE}: three great circles on the XY,
 * XZ and YZ planes, {@value #SPHERE_SEGMENTS} segments each). Collected during a frame, drawn as one {@code GL_LINES}
 * call, depth-tested against the scene, 1 pixel wide (core profile). Main thread only; steady-state frames allocate
 * nothing.
 *
 * <p>Vertex layout: position {@code x, y, z} in world units, then colour {@code r, g, b, a} in 0..1.
 */
final class DebugDraw implements AutoCloseable {
    /** Line segments per great circle of a sphere. */
    static final int SPHERE_SEGMENTS = 32;
    private static final int INITIAL_VERTICES = 256;
    private static final float[] COS = new float[SPHERE_SEGMENTS + 1];
    private static final float[] SIN = new float[SPHERE_SEGMENTS + 1];

    static {
        for (int i = 0; i <= SPHERE_SEGMENTS; i++) {
            double angle = 2 * Math.PI * i / SPHERE_SEGMENTS;
            COS[i] = (float) Math.cos(angle);
            SIN[i] = (float) Math.sin(angle);
        }
    }

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

    /**
     * Queues the 12 edges of an axis-aligned box.
     *
     * @param box a primitive of kind {@link DebugPrimitive.Kind#BOX}: centre {@code x0, y0, z0}, full edge lengths
     *     {@code x1, y1, z1}, world units; read, never modified
     */
    void addBox(DebugPrimitive box) {
        float cx = (float) box.x0;
        float cy = (float) box.y0;
        float cz = (float) box.z0;
        float hx = (float) box.x1 / 2;
        float hy = (float) box.y1 / 2;
        float hz = (float) box.z1 / 2;
        FloatBuffer out = stream.reserve(24);
        int rgba = box.rgba;
        for (int sy = -1; sy <= 1; sy += 2) {
            for (int sz = -1; sz <= 1; sz += 2) {
                segment(out, cx - hx, cy + sy * hy, cz + sz * hz, cx + hx, cy + sy * hy, cz + sz * hz, rgba);
            }
        }
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sz = -1; sz <= 1; sz += 2) {
                segment(out, cx + sx * hx, cy - hy, cz + sz * hz, cx + sx * hx, cy + hy, cz + sz * hz, rgba);
            }
        }
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                segment(out, cx + sx * hx, cy + sy * hy, cz - hz, cx + sx * hx, cy + sy * hy, cz + hz, rgba);
            }
        }
    }

    /**
     * Queues a sphere as three great circles.
     *
     * @param sphere a primitive of kind {@link DebugPrimitive.Kind#SPHERE}: centre {@code x0, y0, z0}, radius
     *     {@code x1}, world units; read, never modified
     */
    void addSphere(DebugPrimitive sphere) {
        float cx = (float) sphere.x0;
        float cy = (float) sphere.y0;
        float cz = (float) sphere.z0;
        float r = (float) sphere.x1;
        int rgba = sphere.rgba;
        FloatBuffer out = stream.reserve(SPHERE_SEGMENTS * 2 * 3);
        for (int i = 0; i < SPHERE_SEGMENTS; i++) {
            float c0 = r * COS[i];
            float s0 = r * SIN[i];
            float c1 = r * COS[i + 1];
            float s1 = r * SIN[i + 1];
            segment(out, cx + c0, cy + s0, cz, cx + c1, cy + s1, cz, rgba);
            segment(out, cx + c0, cy, cz + s0, cx + c1, cy, cz + s1, rgba);
            segment(out, cx, cy + c0, cz + s0, cx, cy + c1, cz + s1, rgba);
        }
    }

    private static void segment(FloatBuffer out, float x0, float y0, float z0, float x1, float y1, float z1,
            int rgba) {
        float r = Rgba.red(rgba);
        float g = Rgba.green(rgba);
        float b = Rgba.blue(rgba);
        float a = Rgba.alpha(rgba);
        out.put(x0).put(y0).put(z0).put(r).put(g).put(b).put(a);
        out.put(x1).put(y1).put(z1).put(r).put(g).put(b).put(a);
    }

    /** @return lines queued since the last {@link #draw} */
    int lineCount() {
        return stream.vertexCount() / 2;
    }

    /**
     * Draws and clears the queued lines.
     *
     * @param viewProjection world to clip space
     * @return whether a draw call was issued (something was queued)
     */
    boolean draw(Matrix4f viewProjection) {
        if (stream.vertexCount() == 0) {
            return false;
        }
        shader.use();
        shader.setMatrix(viewProjectionLocation, viewProjection);
        stream.draw(GL_LINES);
        return true;
    }

    /** Frees the shader and buffers. Idempotent. */
    @Override
    public void close() {
        stream.close();
        shader.close();
    }
}
