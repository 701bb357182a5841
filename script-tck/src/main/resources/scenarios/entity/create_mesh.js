// entity.createMesh with every mesh type and every option; entity.ready, exists, count and the snapshot agree.
const made = [];
let frame = 0;

function init() {
    tck.equal(entity.count(), 0, "count before any entity is visible");
    made.push([entity.createMesh("cube"), {position: [0, 0, 0], orientation: [0, 0, 0], scale: 1,
        color: [255, 255, 255, 255], active: true}]);
    const options = {position: [1, 2, 3], orientation: [90, -10, 5], scale: 2.5, color: [10, 20, 30, 40],
        active: false};
    made.push([entity.createMesh("sphere", options), options]);
    made.push([entity.createMesh("grid", {position: [-4, 0, 0]}), {position: [-4, 0, 0], orientation: [0, 0, 0],
        scale: 1, color: [255, 255, 255, 255], active: true}]);
    made.push([entity.createMesh("plane", {color: [0, 128, 255, 255]}), {position: [0, 0, 0],
        orientation: [0, 0, 0], scale: 1, color: [0, 128, 255, 255], active: true}]);
    for (const [handle] of made) {
        tck.check(entity.exists(handle), "exists() is true at once after createMesh");
        tck.equal(tck.state(handle), null, "not in the snapshot in the frame it was created");
    }
    tck.equal(made[1][0], made[0][0] + 1, "handles are consecutive integers");
    Promise.all(made.map(([handle]) => entity.ready(handle))).then(verify);
}

function verify(handles) {
    tck.equal(handles, made.map(([handle]) => handle), "ready resolves with the handle");
    for (const [handle, expected] of made) {
        tck.equal(tck.state(handle), expected, "snapshot record of entity " + handle);
    }
    tck.equal(entity.count(), 4, "count once all are visible");
    tck.equal(entity.getPosition(made[1][0]), [1, 2, 3], "getPosition reads the snapshot");
    tck.done();
    engine.quit();
}

function update(dt) {
    frame += 1;
    tck.check(frame < 100, "the entities became visible within 100 script frames");
}
