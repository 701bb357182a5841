// An exception in update is reported with this file and line; the next script frames still run.
let frames = 0;

function init() {
    tck.expectError(11, "boom in update");
}

function update(dt) {
    frames += 1;
    if (frames === 2) {
        throw new Error("boom in update");
    }
    if (frames === 4) {
        tck.done();
        engine.quit();
    }
}
