// entity.destroy: the handle is stale at once, the entity leaves the snapshot, and count follows.
let a = 0;
let b = 0;
let phase = 0;

function init() {
    a = entity.createMesh("cube");
    b = entity.createMesh("cube");
    entity.ready(b).then(() => {
        tck.equal(entity.count(), 2, "count with two entities");
        entity.destroy(a);
        tck.equal(entity.exists(a), false, "exists() is false at once after destroy");
        tck.equal(entity.exists(b), true, "the other entity lives on");
        phase = 1;
    });
}

function update(dt) {
    if (phase === 1 && tck.state(a) === null) {
        tck.equal(entity.count(), 1, "count after destroy");
        tck.equal(tck.state(b) === null, false, "the other entity is still in the snapshot");
        phase = 2;
        tck.done();
        engine.quit();
    }
}
