// An exception in update: reported with every field; the next frames still run.
let frames = 0;

function update(dt) {
    frames += 1;
    sink.count("update");
    if (frames === 2) {
        throw new Error("boom in update"); // @error
    }
    if (frames === 4) {
        engine.quit();
    }
}
