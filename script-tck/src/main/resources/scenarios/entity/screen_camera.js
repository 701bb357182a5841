// entity.createMesh's camera option: "world" (default) or "screen", visible in the snapshot; bad values raise.
function expectError(kind, call, fragments) {
    try {
        call();
    } catch (e) {
        tck.check(e.constructor === kind, fragments[0] + ": threw " + e.name + ", expected " + kind.name);
        tck.mentions(e.message, fragments);
        return;
    }
    tck.check(false, fragments.join(" ") + ": no error raised");
}

let frame = 0;

function init() {
    const hud = entity.createMesh("plane", {position: [100, 50, 0], scale: 40, color: [0, 255, 0, 255],
        camera: "screen"});
    const world = entity.createMesh("cube", {camera: "world"});
    const plain = entity.createMesh("sphere");
    expectError(RangeError, () => entity.createMesh("cube", {camera: "hud"}), ["entity.createMesh",
        "options.camera=\"hud\""]);
    expectError(TypeError, () => entity.createMesh("cube", {camera: 1}), ["entity.createMesh", "options.camera=1"]);
    Promise.all([entity.ready(hud), entity.ready(world), entity.ready(plain)]).then(() => {
        tck.equal(tck.meshCamera(hud), "screen", "the screen mesh's camera in the snapshot");
        tck.equal(tck.meshCamera(world), "world", "an explicit world camera");
        tck.equal(tck.meshCamera(plain), "world", "world is the default");
        tck.equal(tck.state(hud).position, [100, 50, 0], "a screen mesh's position is in pixels, stored as given");
        tck.equal(entity.count(), 3, "a failed call created nothing");
        tck.done();
        engine.quit();
    });
}

function update(dt) {
    frame += 1;
    tck.check(frame < 100, "the entities became visible within 100 script frames");
}
