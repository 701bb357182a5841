#version 330 core
// The colour was lit per vertex (mesh.vert); interpolate it.
in vec4 vColor;

out vec4 fragColor;

void main() {
    fragColor = vColor;
}
