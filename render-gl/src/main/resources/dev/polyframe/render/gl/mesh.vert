#version 330 core
// Instanced shared mesh: per-vertex position/normal, per-instance model matrix and colour (InstanceBatch).
// Lighting is per vertex (Gouraud): one directional light plus ambient, diffuse only. Cube and plane faces have one
// normal per face, so they shade exactly as per-pixel lighting would; the sphere's 16x32 tessellation still matches
// its per-pixel golden image within the golden tolerance. It leaves the fragment shader a single copy, which software
// rasterisers (Mesa llvmpipe) run for every covered pixel.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in mat4 aModel;
layout(location = 6) in vec4 aColor;

uniform mat4 uViewProjection;
uniform vec3 uLightDirection; // unit vector from the surface towards the light, world space
uniform float uAmbient;       // 0..1
uniform int uLit;             // 0 = unlit

out vec4 vColor;

void main() {
    float light = 1.0;
    if (uLit != 0) {
        // Scale is uniform, so the upper 3x3 of the model matrix keeps normals perpendicular.
        float diffuse = max(dot(normalize(mat3(aModel) * aNormal), uLightDirection), 0.0);
        light = uAmbient + (1.0 - uAmbient) * diffuse;
    }
    vColor = vec4(aColor.rgb * light, aColor.a);
    gl_Position = uViewProjection * (aModel * vec4(aPosition, 1.0));
}
