package dev.polyframe.render.gl;

import dev.polyframe.sync.protocol.MeshType;

/**
 * Builds the vertex data of the shared meshes in model space (X forward, Y left, Z up, world units at scale 1).
 * Pure Java, no GL; any thread.
 *
 * <p>Every mesh is a flat {@code float[]} of interleaved vertices, {@link #FLOATS_PER_VERTEX} floats each:
 * position {@code x, y, z} then unit normal {@code nx, ny, nz}. Triangle meshes are non-indexed triangle lists,
 * wound counter-clockwise seen from outside (the side the normal points to); the grid is a line list.
 */
final class MeshFactory {
    /** Floats per vertex: position (3) and normal (3). */
    static final int FLOATS_PER_VERTEX = 6;
    /** Cells per side of the grid at scale 1. */
    static final int GRID_CELLS = 20;
    /** Sphere tessellation: rings from pole to pole. */
    static final int SPHERE_STACKS = 16;
    /** Sphere tessellation: segments around the Z axis. */
    static final int SPHERE_SLICES = 32;

    private MeshFactory() {
    }

    /**
     * @param type the mesh type
     * @return its interleaved vertices, a new array
     */
    static float[] vertices(MeshType type) {
        return switch (type) {
            case CUBE -> cube();
            case SPHERE -> sphere();
            case GRID -> grid();
            case PLANE -> plane();
        };
    }

    /** @return {@code true} for meshes drawn as {@code GL_LINES} rather than triangles */
    static boolean isLines(MeshType type) {
        return type == MeshType.GRID;
    }

    /** @return {@code true} for closed meshes whose back faces can be culled */
    static boolean isClosed(MeshType type) {
        return type == MeshType.CUBE || type == MeshType.SPHERE;
    }

    /** Unit cube centred on the origin: 6 faces of 2 triangles, edge length 1. */
    static float[] cube() {
        float[] out = new float[6 * 6 * FLOATS_PER_VERTEX];
        int[][] axes = {
            // normal, u, v with u x v = normal so (-u,-v), (+u,-v), (+u,+v), (-u,+v) is counter-clockwise
            {0, 1, 2}, {1, 2, 0}, {2, 0, 1},
        };
        int offset = 0;
        for (int[] axis : axes) {
            for (int sign = -1; sign <= 1; sign += 2) {
                float[] n = new float[3];
                float[] u = new float[3];
                float[] v = new float[3];
                n[axis[0]] = sign;
                u[axis[1]] = sign;
                v[axis[2]] = 1;
                float[][] corners = {
                    corner(n, u, v, -1, -1), corner(n, u, v, 1, -1), corner(n, u, v, 1, 1), corner(n, u, v, -1, 1),
                };
                int[] order = {0, 1, 2, 0, 2, 3};
                for (int i : order) {
                    offset = put(out, offset, corners[i][0], corners[i][1], corners[i][2], n[0], n[1], n[2]);
                }
            }
        }
        return out;
    }

    private static float[] corner(float[] n, float[] u, float[] v, int su, int sv) {
        return new float[] {
            0.5f * (n[0] + su * u[0] + sv * v[0]),
            0.5f * (n[1] + su * u[1] + sv * v[1]),
            0.5f * (n[2] + su * u[2] + sv * v[2]),
        };
    }

    /** UV sphere of diameter 1 centred on the origin, poles on the Z axis, smooth normals. */
    static float[] sphere() {
        float[] out = new float[SPHERE_STACKS * SPHERE_SLICES * 6 * FLOATS_PER_VERTEX];
        int offset = 0;
        for (int stack = 0; stack < SPHERE_STACKS; stack++) {
            for (int slice = 0; slice < SPHERE_SLICES; slice++) {
                float[] a = spherePoint(stack, slice);
                float[] b = spherePoint(stack + 1, slice);
                float[] c = spherePoint(stack + 1, slice + 1);
                float[] d = spherePoint(stack, slice + 1);
                // Stacks run from the north pole (+Z) down and slices counter-clockwise about +Z, so a-b-c and
                // a-c-d are counter-clockwise seen from outside. Degenerate pole triangles are harmless.
                offset = sphereTriangle(out, offset, a, b, c);
                offset = sphereTriangle(out, offset, a, c, d);
            }
        }
        return out;
    }

    private static float[] spherePoint(int stack, int slice) {
        double theta = Math.PI * stack / SPHERE_STACKS;
        double phi = 2.0 * Math.PI * slice / SPHERE_SLICES;
        return new float[] {
            (float) (Math.sin(theta) * Math.cos(phi)),
            (float) (Math.sin(theta) * Math.sin(phi)),
            (float) Math.cos(theta),
        };
    }

    private static int sphereTriangle(float[] out, int offset, float[] a, float[] b, float[] c) {
        int o = offset;
        for (float[] n : new float[][] {a, b, c}) {
            o = put(out, o, 0.5f * n[0], 0.5f * n[1], 0.5f * n[2], n[0], n[1], n[2]);
        }
        return o;
    }

    /** Line grid on the XY plane: {@link #GRID_CELLS} x {@link #GRID_CELLS} cells of 1 unit centred on origin. */
    static float[] grid() {
        int lines = 2 * (GRID_CELLS + 1);
        float[] out = new float[lines * 2 * FLOATS_PER_VERTEX];
        float half = GRID_CELLS / 2.0f;
        int offset = 0;
        for (int i = 0; i <= GRID_CELLS; i++) {
            float t = i - half;
            offset = put(out, offset, -half, t, 0, 0, 0, 1);
            offset = put(out, offset, half, t, 0, 0, 0, 1);
            offset = put(out, offset, t, -half, 0, 0, 0, 1);
            offset = put(out, offset, t, half, 0, 0, 0, 1);
        }
        return out;
    }

    /** Unit square on the XY plane centred on the origin, facing +Z. */
    static float[] plane() {
        float[] out = new float[6 * FLOATS_PER_VERTEX];
        int offset = 0;
        offset = put(out, offset, -0.5f, -0.5f, 0, 0, 0, 1);
        offset = put(out, offset, 0.5f, -0.5f, 0, 0, 0, 1);
        offset = put(out, offset, 0.5f, 0.5f, 0, 0, 0, 1);
        offset = put(out, offset, -0.5f, -0.5f, 0, 0, 0, 1);
        offset = put(out, offset, 0.5f, 0.5f, 0, 0, 0, 1);
        put(out, offset, -0.5f, 0.5f, 0, 0, 0, 1);
        return out;
    }

    private static int put(float[] out, int offset, float x, float y, float z, float nx, float ny, float nz) {
        out[offset] = x;
        out[offset + 1] = y;
        out[offset + 2] = z;
        out[offset + 3] = nx;
        out[offset + 4] = ny;
        out[offset + 5] = nz;
        return offset + FLOATS_PER_VERTEX;
    }
}
