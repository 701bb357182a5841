// An exception in a trailing (value, error) callback of a deferred result.
let frames = 0;

function init() {
    const h = entity.createMesh("cube");
    entity.ready(h, (value, error) => {
        throw new Error("boom in callback"); // @error
    });
}

function update(dt) {
    frames += 1;
    if (frames === 20) {
        engine.quit();
    }
}
