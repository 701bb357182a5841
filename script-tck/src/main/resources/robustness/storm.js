// The exception storm: update throws in every one of 599 script frames, then quits.
let frames = 0;

function update(dt) {
    frames += 1;
    if (frames >= 600) {
        engine.quit();
        return;
    }
    throw new Error("storm");
}
