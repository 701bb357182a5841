// A deferred-result callback that never returns: interrupted; later frames run.
let frames = 0;

function init() {
    const h = entity.createMesh("cube");
    entity.ready(h, (value, error) => {
        while (true) {} // @runaway
    });
}

function update(dt) {
    frames += 1;
    sink.count("update");
    if (frames === 30) {
        engine.quit();
    }
}
