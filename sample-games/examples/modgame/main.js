// modgame: imports a module from its folder, reads level.txt (permission "read-game-files"), and keeps its cubes
// across hot reloads. Try: ./polyframe run sample-games/examples/modgame --watch, then edit ring.js and save.
const ring = require("./ring.js");
let cubes = [];
let t = 0;

function init() {
    const count = parseInt(read("level.txt").trim(), 10);
    for (let i = 0; i < count; i++) {
        cubes.push(entity.createMesh("cube", { position: ring.place(i, count, 0), color: [80, 160, 255, 255] }));
    }
    camera.setActive(camera.create({ position: [-14, 0, 8], orientation: [0, 30, 0], fov: 60 }));
}

function update(dt) {
    t += dt;
    cubes.forEach((h, i) => entity.setPosition(h, ring.place(i, cubes.length, t)));
}

function onSave() {
    return { cubes: cubes, t: t };
}

function onLoad(state) {
    cubes = state.cubes;
    t = state.t;
}
