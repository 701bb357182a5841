// An exception in a promise handler (.then), the idiomatic JS deferred handler.
let frames = 0;

function init() {
    const h = entity.createMesh("cube");
    entity.ready(h).then(value => {
        throw new Error("boom in handler"); // @error
    });
}

function update(dt) {
    frames += 1;
    if (frames === 20) {
        engine.quit();
    }
}
