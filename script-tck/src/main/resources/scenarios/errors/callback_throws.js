// An exception in a deferred-result callback is reported with this file and line; the game goes on.
let frames = 0;
let called = false;

function init() {
    tck.expectError(10, "boom in callback");
    const h = entity.createMesh("cube");
    entity.ready(h, (value, error) => {
        called = true;
        throw new Error("boom in callback");
    });
}

function update(dt) {
    frames += 1;
    if (called && frames > 3) {
        tck.done();
        engine.quit();
    }
}
