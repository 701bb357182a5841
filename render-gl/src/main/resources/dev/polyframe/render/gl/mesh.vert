#version 330 core
// Instanced shared mesh: per-vertex position/normal, per-instance model matrix and colour (InstanceBatch).
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in mat4 aModel;
layout(location = 6) in vec4 aColor;

uniform mat4 uViewProjection;

out vec3 vNormal;
out vec4 vColor;

void main() {
    // Scale is uniform, so the upper 3x3 of the model matrix keeps normals perpendicular.
    vNormal = mat3(aModel) * aNormal;
    vColor = aColor;
    gl_Position = uViewProjection * (aModel * vec4(aPosition, 1.0));
}
