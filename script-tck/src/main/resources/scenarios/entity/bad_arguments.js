// Every bad-argument class raises a native error at the call (TypeError: wrong type or arity; RangeError: NaN,
// infinity, out of range, unknown name; Error: stale or unknown handle) naming method, parameter and value, and
// changes nothing.
function expectError(kind, call, fragments) {
    try {
        call();
    } catch (e) {
        tck.check(e.constructor === kind, fragments[0] + ": threw " + e.name + ", expected " + kind.name);
        tck.mentions(e.message, fragments);
        return;
    }
    tck.check(false, fragments.join(" ") + ": no error raised");
}

let h = 0;

function init() {
    h = entity.createMesh("cube", {position: [1, 1, 1]});
    const dead = entity.createMesh("cube");
    entity.destroy(dead);
    // type
    expectError(TypeError, () => entity.setPosition(h, "up"), ["entity.setPosition", "position=\"up\""]);
    expectError(TypeError, () => entity.createMesh(42), ["entity.createMesh", "meshType=42"]);
    expectError(TypeError, () => entity.setActive(h, "yes"), ["entity.setActive", "active=\"yes\""]);
    expectError(TypeError, () => entity.createMesh("cube", {colour: [1, 2, 3]}), ["entity.createMesh",
        "options.colour=[1, 2, 3]", "not an option"]);
    // arity
    expectError(TypeError, () => entity.setPosition(h), ["entity.setPosition", "missing argument position"]);
    expectError(TypeError, () => entity.setPosition(h, [1, 2, 3], 4), ["entity.setPosition", "too many arguments",
        "extra value=4"]);
    expectError(TypeError, () => entity.setPosition(h, [1, 2, 3, 4]), ["entity.setPosition",
        "position=[1, 2, 3, 4]"]);
    // NaN and infinity
    expectError(RangeError, () => entity.setPosition(h, [1, NaN, 3]), ["entity.setPosition",
        "position=[1, NaN, 3]"]);
    expectError(RangeError, () => entity.setOrientation(h, [Infinity, 0, 0]), ["entity.setOrientation",
        "orientation=[Infinity, 0, 0]"]);
    expectError(RangeError, () => entity.setScale(h, NaN), ["entity.setScale", "scale=NaN"]);
    // range
    expectError(RangeError, () => entity.createMesh("teapot"), ["entity.createMesh", "meshType=\"teapot\""]);
    expectError(RangeError, () => entity.setScale(h, -1), ["entity.setScale", "scale=-1"]);
    expectError(RangeError, () => entity.setColor(h, [0, 0, 256, 0]), ["entity.setColor", "color=[0, 0, 256, 0]"]);
    expectError(RangeError, () => entity.createMesh("cube", {scale: 0}), ["entity.createMesh", "options.scale=0"]);
    // stale and unknown handles
    expectError(Error, () => entity.setPosition(dead, [0, 0, 0]), ["entity.setPosition", "handle=" + dead,
        "destroyed"]);
    expectError(Error, () => entity.destroy(dead), ["entity.destroy", "destroyed"]);
    expectError(Error, () => entity.setColor(9999, [0, 0, 0, 0]), ["entity.setColor", "handle=9999", "unknown"]);
    expectError(Error, () => entity.ready(9999), ["entity.ready", "handle=9999"]);
    expectError(Error, () => entity.getPosition(1.5), ["entity.getPosition", "handle=1.5"]);
    tck.equal(entity.exists(9999), false, "exists() of an unknown handle is false, not an error");
    entity.ready(h).then(() => {
        tck.equal(entity.count(), 1, "only the good entity exists: failed calls created nothing");
        tck.equal(tck.state(h).position, [1, 1, 1], "failed calls changed nothing");
        tck.done();
        engine.quit();
    });
}
