// debug.text, debug.line and debug.clear accept good calls and reject bad ones.
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

let frame = 0;

function init() {
    debug.text("hello", [10, 20]);
    debug.text("timed", [10, 40], {color: [255, 0, 0, 255], duration: 0.5, size: 24});
    debug.line([0, 0, 0], [1, 1, 1]);
    debug.line([0, 0, 0], [0, 0, 5], {color: [0, 255, 0, 255], duration: 2});
    expectError(TypeError, () => debug.text(42, [0, 0]), ["debug.text", "text=42"]);
    expectError(TypeError, () => debug.text("x", [0, 0, 0]), ["debug.text", "position=[0, 0, 0]"]);
    expectError(RangeError, () => debug.text("x", [0, 0], {duration: -1}), ["debug.text", "options.duration=-1"]);
    expectError(RangeError, () => debug.text("x", [0, 0], {size: 0}), ["debug.text", "options.size=0"]);
    expectError(TypeError, () => debug.line([0, 0, 0], [1, 1]), ["debug.line", "to=[1, 1]"]);
    expectError(RangeError, () => debug.line([0, NaN, 0], [1, 1, 1]), ["debug.line", "from=[0, NaN, 0]"]);
    expectError(TypeError, () => debug.clear(1), ["debug.clear", "too many arguments"]);
}

function update(dt) {
    frame += 1;
    if (frame === 3) {
        debug.clear();
        tck.done();
        engine.quit();
    }
}
