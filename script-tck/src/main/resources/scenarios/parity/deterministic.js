// Parity: 120 script frames of commands computed with + - * / % only (no Math.sin: its last bits differ between
// runtimes). The kit compares the world after the run with the Java reference (ParityGame) bit for bit; drift
// accumulates over every frame, so each frame's arithmetic reaches the final hash.
const MESHES = ["cube", "sphere", "grid", "plane"];
const handles = [];
const drift = [0, 0, 0, 0, 0, 0, 0, 0];
let cam = 0;
let frame = 0;

function init() {
    for (let i = 0; i < 8; i++) {
        handles.push(entity.createMesh(MESHES[i % 4], {
            position: [i, -i, i * 0.5],
            orientation: [i * 15, 0, 0],
            scale: 1 + i * 0.25,
            color: [i * 30, 255 - i * 30, 128, 255],
        }));
    }
    cam = camera.create({position: [-10, 0, 5], fov: 70});
}

function update(dt) {
    frame += 1;
    if (frame > 120) {
        if (frame === 121) {
            tck.done();
            engine.quit();
        }
        return;
    }
    for (let i = 0; i < handles.length; i++) {
        const t = frame * 0.1 + i;
        drift[i] = drift[i] * 0.97 + (frame % 11) * 0.0123 + i / 7;
        entity.setPosition(handles[i], [t, t * 0.5 - i, drift[i]]);
        entity.setOrientation(handles[i], [(frame * 3) % 360, i * 10, frame / 8]);
        if (frame % 30 === i) {
            entity.setColor(handles[i], [(frame * 2) % 256, i * 20, 255 - i * 20, 200]);
        }
        entity.setScale(handles[i], 1 + (frame % 5) * 0.125);
    }
    if (frame === 60) {
        entity.destroy(handles.pop());
    }
    if (frame === 90) {
        entity.setActive(handles[0], false);
    }
    camera.setPosition(cam, [-10 + frame * 0.05, 0, 5]);
    camera.setOrientation(cam, [frame % 360, 20, 0]);
}
