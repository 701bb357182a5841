// engine.time, frame, log and metrics: values advance between script frames and metrics() has its documented shape.
let lastTime = -1;
let lastFrame = -1;
let frames = 0;

function isNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}

function update(dt) {
    tck.check(isNumber(dt) && dt > 0, "update(dt) receives positive seconds, got " + dt);
    const time = engine.time();
    const frame = engine.frame();
    tck.check(time > lastTime, "engine.time() advances: " + time + " after " + lastTime);
    tck.check(frame > lastFrame, "engine.frame() advances: " + frame + " after " + lastFrame);
    lastTime = time;
    lastFrame = frame;
    engine.log("frame " + frame);
    engine.log(["any", "value", 1]);
    frames += 1;
    if (frames === 5) {
        const m = engine.metrics();
        for (const key of ["frames", "scriptFrames", "frameSkips", "fps", "scriptErrors", "entities"]) {
            tck.check(isNumber(m[key]), "metrics()." + key + " is a number");
        }
        for (const key of ["submitted", "applied", "rejected"]) {
            tck.check(isNumber(m.commands[key]), "metrics().commands." + key + " is a number");
        }
        tck.check(isNumber(m.snapshot.publishes), "metrics().snapshot.publishes is a number");
        tck.check(typeof m.scriptMode === "string", "metrics().scriptMode is a string");
        try {
            engine.log();
            tck.check(false, "engine.log() without a message must fail");
        } catch (e) {
            tck.check(e instanceof TypeError, "engine.log() raises TypeError");
            tck.mentions(e.message, ["engine.log", "missing argument message"]);
        }
        tck.done();
        engine.quit();
    }
}
