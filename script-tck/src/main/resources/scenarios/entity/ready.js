// entity.ready: resolves only once the entity is in the snapshot (promise and callback forms), rejects when the
// entity is destroyed before it became visible.
let settled = 0;

function finish() {
    settled += 1;
    if (settled === 3) {
        tck.done();
        engine.quit();
    }
}

function init() {
    const h = entity.createMesh("cube");
    entity.ready(h).then((value) => {
        tck.equal(value, h, "ready resolves with the handle");
        tck.check(tck.state(h) !== null, "the entity is in the snapshot when ready resolves");
        finish();
    });
    const k = entity.createMesh("cube");
    entity.ready(k, (value, error) => {
        tck.equal(value, k, "callback value");
        tck.equal(error, null, "callback error on success");
        tck.check(tck.state(k) !== null, "the entity is in the snapshot when the callback runs");
        finish();
    });
    const gone = entity.createMesh("cube");
    const result = entity.ready(gone);
    entity.destroy(gone);
    result.then(() => tck.check(false, "ready of an entity destroyed first must reject"), (error) => {
        tck.mentions(String(error.message === undefined ? error : error.message), ["entity.ready", "handle=" + gone,
            "destroyed"]);
        finish();
    });
}
