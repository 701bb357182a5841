// The old code of the hot-reload kit: counts frames, holds an entity handle and a pending result, saves its state.
const util = require("./util.js");
let handle = null;
let frames = 0;

function init() {
    handle = entity.createMesh("cube", { position: [1, 2, 3] });
    probe.never((value, error) => probe.put("rejected", String(error)));
}

function update(dt) {
    frames++;
    probe.put("frames", frames);
}

function onSave() {
    return { handle: handle, frames: frames, tag: util.tag(), list: [1, "two", true], map: { a: 1.5 } };
}
