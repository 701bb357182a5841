package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.sync.protocol.MeshType;
import org.junit.jupiter.api.Test;

/** Geometry of the shared meshes, checked without a GL context. */
class MeshFactoryTest {
    private static final int F = MeshFactory.FLOATS_PER_VERTEX;

    @Test
    void shouldBuildAUnitCubeCentredOnTheOrigin() {
        float[] v = MeshFactory.cube();
        assertEquals(36, v.length / F);
        for (int i = 0; i < v.length; i += F) {
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(0.5f, Math.abs(v[i + axis]), 1e-6f, "corner coordinate at vertex " + i / F);
            }
        }
    }

    @Test
    void shouldWindEveryTriangleCounterClockwiseSeenFromItsNormal() {
        for (MeshType type : new MeshType[] {MeshType.CUBE, MeshType.SPHERE, MeshType.PLANE}) {
            float[] v = MeshFactory.vertices(type);
            int checked = 0;
            for (int t = 0; t < v.length; t += 3 * F) {
                float[] e1 = {v[t + F] - v[t], v[t + F + 1] - v[t + 1], v[t + F + 2] - v[t + 2]};
                float[] e2 = {v[t + 2 * F] - v[t], v[t + 2 * F + 1] - v[t + 1], v[t + 2 * F + 2] - v[t + 2]};
                float cx = e1[1] * e2[2] - e1[2] * e2[1];
                float cy = e1[2] * e2[0] - e1[0] * e2[2];
                float cz = e1[0] * e2[1] - e1[1] * e2[0];
                float area = (float) Math.sqrt(cx * cx + cy * cy + cz * cz);
                if (area < 1e-7f) {
                    continue; // degenerate pole triangle of the sphere
                }
                float nx = v[t + 3] + v[t + F + 3] + v[t + 2 * F + 3];
                float ny = v[t + 4] + v[t + F + 4] + v[t + 2 * F + 4];
                float nz = v[t + 5] + v[t + F + 5] + v[t + 2 * F + 5];
                assertTrue(cx * nx + cy * ny + cz * nz > 0, type + " triangle " + t / (3 * F) + " winds clockwise");
                checked++;
            }
            assertTrue(checked > 0, type.toString());
        }
    }

    @Test
    void shouldBuildASphereOfUnitDiameterWithUnitNormals() {
        float[] v = MeshFactory.sphere();
        for (int i = 0; i < v.length; i += F) {
            float r = (float) Math.sqrt(v[i] * v[i] + v[i + 1] * v[i + 1] + v[i + 2] * v[i + 2]);
            float n = (float) Math.sqrt(v[i + 3] * v[i + 3] + v[i + 4] * v[i + 4] + v[i + 5] * v[i + 5]);
            assertEquals(0.5f, r, 1e-5f);
            assertEquals(1.0f, n, 1e-5f);
        }
    }

    @Test
    void shouldBuildATwentyByTwentyGridOfLinesOnTheXyPlane() {
        float[] v = MeshFactory.grid();
        assertEquals(2 * 21 * 2, v.length / F, "21 lines each way, 2 vertices per line");
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < v.length; i += F) {
            assertEquals(0f, v[i + 2], "z");
            min = Math.min(min, Math.min(v[i], v[i + 1]));
            max = Math.max(max, Math.max(v[i], v[i + 1]));
        }
        assertEquals(-10f, min);
        assertEquals(10f, max);
        assertTrue(MeshFactory.isLines(MeshType.GRID));
    }

    @Test
    void shouldBuildAUnitPlaneFacingPlusZ() {
        float[] v = MeshFactory.plane();
        assertEquals(6, v.length / F);
        for (int i = 0; i < v.length; i += F) {
            assertEquals(0.5f, Math.abs(v[i]), 1e-6f);
            assertEquals(0.5f, Math.abs(v[i + 1]), 1e-6f);
            assertEquals(0f, v[i + 2]);
            assertEquals(1f, v[i + 5]);
        }
    }
}
