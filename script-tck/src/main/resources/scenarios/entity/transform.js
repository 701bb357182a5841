// entity.setPosition, setOrientation and setScale reach the snapshot; getPosition sees only published frames.
// Commands apply in order, but one script frame's commands may span main frames: wait for the last one.
let h = 0;
let frames = 0;
let moved = false;

function init() {
    h = entity.createMesh("cube");
    tck.equal(entity.getPosition(h), null, "getPosition is null until the entity is visible");
    entity.setPosition(h, [4, 5, 6]);
    entity.setOrientation(h, [30, 45, -60]);
    entity.setScale(h, 0.5);
    tck.equal(entity.getPosition(h), null, "this frame's own writes are not visible yet");
}

function update(dt) {
    frames += 1;
    tck.check(frames < 200, "the commands became visible within 200 script frames");
    const state = tck.state(h);
    if (!moved && state !== null && state.scale === 0.5) {
        tck.equal(state.position, [4, 5, 6], "position after setPosition");
        tck.equal(state.orientation, [30, 45, -60], "orientation after setOrientation");
        tck.equal(entity.getPosition(h), [4, 5, 6], "getPosition");
        entity.setPosition(h, [-1.5, 0.25, 1e6]);
        moved = true;
    } else if (moved && state.position[0] === -1.5) {
        tck.equal(entity.getPosition(h), [-1.5, 0.25, 1e6], "getPosition after a second move");
        tck.done();
        engine.quit();
    }
}
