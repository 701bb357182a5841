package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL11.GL_CULL_FACE;
import static org.lwjgl.opengl.GL11.glDepthMask;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glEnable;
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

/**
 * Draws every active world-camera {@link MeshRenderable} with one instanced call per mesh type and blend mode.
 * Main thread only; steady-state frames allocate nothing.
 *
 * <p>Opaque instances (alpha 255) are drawn first with depth writes; translucent ones (alpha below 255) after,
 * alpha-blended, depth-tested but without depth writes and unsorted, so overlapping translucent instances may
 * blend in either order. Lighting: one directional light from {@link #LIGHT_DIRECTION} plus {@link #AMBIENT};
 * the grid is unlit. Model matrix: translate to the position, then yaw about Z, pitch about Y, roll about X
 * (degrees), then uniform scale.
 */
final class MeshPass implements AutoCloseable {
    /** Unit vector from a surface towards the light (world space): above, slightly behind and to the left. */
    static final float[] LIGHT_DIRECTION = normalise(-0.5f, 0.3f, 0.8f);
    /** Share of the colour a surface keeps when facing away from the light, 0..1. */
    static final float AMBIENT = 0.3f;

    private final ShaderProgram shader;
    private final int viewProjectionLocation;
    private final int litLocation;
    private final Mesh[] meshes;
    private final InstanceBatch[] opaque;
    private final InstanceBatch[] translucent;
    private final Matrix4f model = new Matrix4f();

    /** Compiles the mesh shader and uploads one shared mesh per {@link MeshType}. */
    MeshPass() {
        MeshType[] types = MeshType.values();
        meshes = new Mesh[types.length];
        opaque = new InstanceBatch[types.length];
        translucent = new InstanceBatch[types.length];
        shader = ShaderProgram.load("mesh");
        viewProjectionLocation = shader.uniform("uViewProjection");
        litLocation = shader.uniform("uLit");
        shader.use();
        glUniform3f(shader.uniform("uLightDirection"), LIGHT_DIRECTION[0], LIGHT_DIRECTION[1], LIGHT_DIRECTION[2]);
        glUniform1f(shader.uniform("uAmbient"), AMBIENT);
        for (MeshType type : types) {
            Mesh mesh = Mesh.create(type);
            meshes[type.ordinal()] = mesh;
            opaque[type.ordinal()] = new InstanceBatch(mesh);
            translucent[type.ordinal()] = new InstanceBatch(mesh);
        }
    }

    private static float[] normalise(float x, float y, float z) {
        float length = (float) Math.sqrt(x * x + y * y + z * z);
        return new float[] {x / length, y / length, z / length};
    }

    /**
     * Groups the entities into the batches.
     *
     * @param entities ids of entities with {@link Transform} and {@link MeshRenderable}
     * @param transforms transform mapper
     * @param renderables mesh mapper
     * @return instances queued
     */
    int collect(IntBag entities, ComponentMapper<Transform> transforms, ComponentMapper<MeshRenderable> renderables) {
        int[] ids = entities.getData();
        int size = entities.size();
        int queued = 0;
        for (int i = 0; i < size; i++) {
            int id = ids[i];
            MeshRenderable renderable = renderables.get(id);
            if (!renderable.active || renderable.camera != CameraType.WORLD || renderable.meshType == null) {
                continue;
            }
            Transform t = transforms.get(id);
            model.translation((float) t.x, (float) t.y, (float) t.z)
                    .rotateZ((float) Math.toRadians(t.yaw))
                    .rotateY((float) Math.toRadians(t.pitch))
                    .rotateX((float) Math.toRadians(t.roll))
                    .scale((float) t.scale);
            int index = renderable.meshType.ordinal();
            InstanceBatch batch = Rgba.translucent(renderable.rgba) ? translucent[index] : opaque[index];
            batch.add(model, renderable.rgba);
            queued++;
        }
        return queued;
    }

    /**
     * Draws and empties all batches: opaque first, then translucent. Expects depth test and blending enabled.
     *
     * @param viewProjection world to clip space
     */
    void draw(Matrix4f viewProjection) {
        shader.use();
        ShaderProgram.setMatrix(viewProjectionLocation, viewProjection);
        drawAll(opaque);
        glDepthMask(false);
        drawAll(translucent);
        glDepthMask(true);
        glDisable(GL_CULL_FACE);
    }

    private void drawAll(InstanceBatch[] batches) {
        for (InstanceBatch batch : batches) {
            if (batch.count() == 0) {
                continue;
            }
            Mesh mesh = batch.mesh();
            glUniform1i(litLocation, mesh.lit() ? 1 : 0);
            if (mesh.closed()) {
                glEnable(GL_CULL_FACE);
            } else {
                glDisable(GL_CULL_FACE);
            }
            batch.draw();
        }
    }

    /** Frees shader, batches and meshes. Idempotent. */
    @Override
    public void close() {
        for (int i = 0; i < meshes.length; i++) {
            if (opaque[i] != null) {
                opaque[i].close();
            }
            if (translucent[i] != null) {
                translucent[i].close();
            }
            if (meshes[i] != null) {
                meshes[i].close();
            }
        }
        shader.close();
    }
}
