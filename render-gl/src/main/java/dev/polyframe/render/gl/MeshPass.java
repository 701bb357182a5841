package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_BLEND;
import static org.lwjgl.opengl.GL11.GL_CCW;
import static org.lwjgl.opengl.GL11.GL_CULL_FACE;
import static org.lwjgl.opengl.GL11.GL_CW;
import static org.lwjgl.opengl.GL11.GL_LINES;
import static org.lwjgl.opengl.GL11.glDepthMask;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glFrontFace;
import static org.lwjgl.opengl.GL13.GL_MULTISAMPLE;
import static org.lwjgl.opengl.GL20.glUniform1f;
import static org.lwjgl.opengl.GL20.glUniform1i;
import static org.lwjgl.opengl.GL20.glUniform3f;

import com.artemis.ComponentMapper;
import com.artemis.utils.IntBag;
import dev.polyframe.ecs.component.MeshRenderable;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;
import org.joml.Matrix4f;
import org.joml.Quaternionf;

/**
 * Draws every active {@link MeshRenderable} with one instanced call per camera, mesh type and blend mode. Main thread
 * only; steady-state frames allocate nothing on the Java heap.
 *
 * <p>World camera: perspective, lit by one directional light from {@link #LIGHT_DIRECTION} plus {@link #AMBIENT}
 * (the grid is unlit). Screen camera: orthographic, position in pixels from the top-left corner, scale in pixels,
 * larger z on top, drawn after the world over a cleared depth buffer and <b>unlit</b> (a HUD shows its colours as
 * given). Opaque instances (alpha 255) are drawn first with depth writes; translucent ones (alpha below 255) after,
 * alpha-blended, depth-tested but without depth writes and unsorted, so overlapping translucent instances may blend
 * in either order. Model matrix: translate to the position, then yaw about Z, pitch about Y, roll about X (degrees),
 * then uniform scale.
 *
 * <p>Every instance is re-uploaded every frame (one orphaned buffer per batch): Artemis has no change detection, and
 * scanning for changes costs the same walk as writing the 80 bytes, so partial uploads would not pay.
 */
final class MeshPass implements AutoCloseable {
    /** Unit vector from a surface towards the light (world space): above, slightly behind and to the left. */
    static final float[] LIGHT_DIRECTION = normalise(-0.5f, 0.3f, 0.8f);
    /** Share of the colour a surface keeps when facing away from the light, 0..1. */
    static final float AMBIENT = 0.3f;

    private static final int WORLD = 0;
    private static final int SCREEN = 1;
    private static final float DEGREES_TO_RADIANS = (float) (Math.PI / 180.0);

    private final ShaderProgram shader;
    private final int viewProjectionLocation;
    private final int litLocation;
    private final Mesh[] meshes;
    /** [camera][mesh type]. */
    private final InstanceBatch[][] opaque;
    /** [camera][mesh type]. */
    private final InstanceBatch[][] translucent;
    private final Matrix4f model = new Matrix4f();
    private final Quaternionf rotation = new Quaternionf();
    private int drawCalls;

    /** Compiles the mesh shader and uploads one shared mesh per {@link MeshType}. */
    MeshPass() {
        MeshType[] types = MeshType.values();
        meshes = new Mesh[types.length];
        opaque = new InstanceBatch[2][types.length];
        translucent = new InstanceBatch[2][types.length];
        shader = ShaderProgram.load("mesh");
        viewProjectionLocation = shader.uniform("uViewProjection");
        litLocation = shader.uniform("uLit");
        shader.use();
        glUniform3f(shader.uniform("uLightDirection"), LIGHT_DIRECTION[0], LIGHT_DIRECTION[1], LIGHT_DIRECTION[2]);
        glUniform1f(shader.uniform("uAmbient"), AMBIENT);
        for (MeshType type : types) {
            Mesh mesh = Mesh.create(type);
            meshes[type.ordinal()] = mesh;
            for (int camera = WORLD; camera <= SCREEN; camera++) {
                opaque[camera][type.ordinal()] = new InstanceBatch(mesh);
                translucent[camera][type.ordinal()] = new InstanceBatch(mesh);
            }
        }
    }

    private static float[] normalise(float x, float y, float z) {
        float length = (float) Math.sqrt(x * x + y * y + z * z);
        return new float[] {x / length, y / length, z / length};
    }

    /**
     * Groups the active entities into the batches of their camera.
     *
     * @param entities ids of entities with {@link Transform} and {@link MeshRenderable}
     * @param transforms transform mapper
     * @param renderables mesh mapper
     * @return instances queued, both cameras
     */
    int collect(IntBag entities, ComponentMapper<Transform> transforms, ComponentMapper<MeshRenderable> renderables) {
        int[] ids = entities.getData();
        int size = entities.size();
        int queued = 0;
        for (int i = 0; i < size; i++) {
            int id = ids[i];
            MeshRenderable renderable = renderables.get(id);
            if (!renderable.active || renderable.meshType == null) {
                continue;
            }
            Transform t = transforms.get(id);
            float scale = (float) t.scale;
            if (t.yaw == 0 && t.pitch == 0 && t.roll == 0) {
                // Most instances are not rotated: skip the trigonometry.
                model.translationRotateScale((float) t.x, (float) t.y, (float) t.z, 0, 0, 0, 1, scale, scale, scale);
            } else {
                rotation.rotationZYX((float) t.yaw * DEGREES_TO_RADIANS, (float) t.pitch * DEGREES_TO_RADIANS,
                        (float) t.roll * DEGREES_TO_RADIANS);
                model.translationRotateScale((float) t.x, (float) t.y, (float) t.z, rotation.x, rotation.y,
                        rotation.z, rotation.w, scale, scale, scale);
            }
            int camera = renderable.camera == CameraType.SCREEN ? SCREEN : WORLD;
            int index = renderable.meshType.ordinal();
            InstanceBatch[][] batches = Rgba.translucent(renderable.rgba) ? translucent : opaque;
            InstanceBatch batch = batches[camera][index];
            batch.add(model, renderable.rgba);
            queued++;
        }
        return queued;
    }

    /** @return instances queued for the screen camera since its last draw */
    int screenCount() {
        int count = 0;
        for (int i = 0; i < meshes.length; i++) {
            count += opaque[SCREEN][i].count() + translucent[SCREEN][i].count();
        }
        return count;
    }

    /**
     * Draws and empties the world camera's batches: opaque first (blending off), then translucent (blending on).
     * Expects depth test and blending enabled, and leaves them so.
     *
     * @param viewProjection world to clip space
     */
    void drawWorld(Matrix4f viewProjection) {
        draw(WORLD, viewProjection, true);
    }

    /**
     * Draws and empties the screen camera's batches, unlit. The caller has cleared the depth buffer.
     *
     * @param projection pixels (origin top-left, y down) to clip space
     */
    void drawScreen(Matrix4f projection) {
        // The y-down projection mirrors the image, so counter-clockwise front faces appear clockwise.
        glFrontFace(GL_CW);
        draw(SCREEN, projection, false);
        glFrontFace(GL_CCW);
    }

    private void draw(int camera, Matrix4f viewProjection, boolean lit) {
        shader.use();
        shader.setMatrix(viewProjectionLocation, viewProjection);
        // Opaque instances skip blending: a blended pixel is a read-modify-write, which software rasterisers pay for.
        glDisable(GL_BLEND);
        drawAll(opaque[camera], lit);
        glEnable(GL_BLEND);
        glDepthMask(false);
        drawAll(translucent[camera], lit);
        glDepthMask(true);
        glDisable(GL_CULL_FACE);
    }

    private void drawAll(InstanceBatch[] batches, boolean lit) {
        for (InstanceBatch batch : batches) {
            if (batch.count() == 0) {
                continue;
            }
            Mesh mesh = batch.mesh();
            glUniform1i(litLocation, lit && mesh.lit() ? 1 : 0);
            if (mesh.closed()) {
                glEnable(GL_CULL_FACE);
            } else {
                glDisable(GL_CULL_FACE);
            }
            // Lines (the grid) rasterise without MSAA: 1-pixel lines keep their exact colour instead of blending.
            boolean lines = mesh.primitive() == GL_LINES;
            if (lines) {
                glDisable(GL_MULTISAMPLE);
            }
            batch.draw();
            if (lines) {
                glEnable(GL_MULTISAMPLE);
            }
            drawCalls++;
        }
    }

    /** @return instanced draw calls issued since the last call of this method (then reset to 0) */
    int takeDrawCalls() {
        int calls = drawCalls;
        drawCalls = 0;
        return calls;
    }

    /** Frees shader, batches and meshes. Idempotent. */
    @Override
    public void close() {
        for (int i = 0; i < meshes.length; i++) {
            for (int camera = WORLD; camera <= SCREEN; camera++) {
                if (opaque[camera][i] != null) {
                    opaque[camera][i].close();
                }
                if (translucent[camera][i] != null) {
                    translucent[camera][i].close();
                }
            }
            if (meshes[i] != null) {
                meshes[i].close();
            }
        }
        shader.close();
    }
}
