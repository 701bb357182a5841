#version 330 core
// One directional light plus ambient; unlit meshes (the grid) keep their colour.
in vec3 vNormal;
in vec4 vColor;

uniform vec3 uLightDirection; // unit vector from the surface towards the light, world space
uniform float uAmbient;       // 0..1
uniform int uLit;             // 0 = unlit

out vec4 fragColor;

void main() {
    float light = 1.0;
    if (uLit != 0) {
        float diffuse = max(dot(normalize(vNormal), uLightDirection), 0.0);
        light = uAmbient + (1.0 - uAmbient) * diffuse;
    }
    fragColor = vec4(vColor.rgb * light, vColor.a);
}
