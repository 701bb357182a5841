// A command that fails on the main thread (entity capacity 2): an error event from the engine, and a rejection.
let frames = 0;

function init() {
    entity.createMesh("cube");
    entity.createMesh("cube");
    const third = entity.createMesh("cube");
    entity.ready(third, (value, error) => {
        if (error !== null) {
            sink.count("rejected");
        }
    });
}

function update(dt) {
    frames += 1;
    if (frames === 20) {
        engine.quit();
    }
}
