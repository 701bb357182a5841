// debug.text, worldText, line, box, sphere and clear accept good calls and reject bad ones.
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
    debug.worldText("label", [1, 2, 3]);
    debug.worldText("timed", [0, 0, 1], {color: [0, 0, 255, 255], duration: 1, size: 20});
    debug.box([0, 0, 0], [1, 2, 3]);
    debug.box([1, 1, 1], [0.5, 0.5, 0.5], {color: [255, 0, 0, 128], duration: 0.25});
    debug.sphere([0, 0, 2], 1.5);
    debug.sphere([2, 0, 0], 0.5, {color: [0, 255, 255, 255], duration: 3});
    expectError(TypeError, () => debug.text(42, [0, 0]), ["debug.text", "text=42"]);
    expectError(TypeError, () => debug.text("x", [0, 0, 0]), ["debug.text", "position=[0, 0, 0]"]);
    expectError(RangeError, () => debug.text("x", [0, 0], {duration: -1}), ["debug.text", "options.duration=-1"]);
    expectError(RangeError, () => debug.text("x", [0, 0], {size: 0}), ["debug.text", "options.size=0"]);
    expectError(TypeError, () => debug.line([0, 0, 0], [1, 1]), ["debug.line", "to=[1, 1]"]);
    expectError(RangeError, () => debug.line([0, NaN, 0], [1, 1, 1]), ["debug.line", "from=[0, NaN, 0]"]);
    expectError(TypeError, () => debug.worldText("x", [0, 0]), ["debug.worldText", "position=[0, 0]"]);
    expectError(RangeError, () => debug.worldText("x", [0, NaN, 0]), ["debug.worldText", "position=[0, NaN, 0]"]);
    expectError(TypeError, () => debug.worldText(true, [0, 0, 0]), ["debug.worldText", "text=true"]);
    expectError(RangeError, () => debug.worldText("x", [0, 0, 0], {duration: -0.5}), ["debug.worldText",
        "options.duration=-0.5"]);
    expectError(RangeError, () => debug.worldText("x", [0, 0, 0], {size: -3}), ["debug.worldText",
        "options.size=-3"]);
    expectError(RangeError, () => debug.box([0, 0, 0], [1, 0, 1]), ["debug.box", "size=[1, 0, 1]"]);
    expectError(TypeError, () => debug.box([0, 0, 0], "big"), ["debug.box", "size=\"big\""]);
    expectError(RangeError, () => debug.box([Infinity, 0, 0], [1, 1, 1]), ["debug.box", "center=[Infinity, 0, 0]"]);
    expectError(RangeError, () => debug.box([0, 0, 0], [1, 1, 1], {duration: -1}), ["debug.box",
        "options.duration=-1"]);
    expectError(RangeError, () => debug.sphere([0, 0, 0], -1), ["debug.sphere", "radius=-1"]);
    expectError(RangeError, () => debug.sphere([0, 0, 0], NaN), ["debug.sphere", "radius=NaN"]);
    expectError(TypeError, () => debug.sphere([0, 0, 0], "1"), ["debug.sphere", "radius=\"1\""]);
    expectError(RangeError, () => debug.sphere([0, 0, 0], 1, {color: [0, 0, 300]}), ["debug.sphere",
        "options.color=[0, 0, 300]"]);
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
