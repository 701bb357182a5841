// input.isKeyDown, wasKeyPressed, wasKeyReleased, mousePosition, mouseDelta, isMouseDown and wheelDelta, with their
// bad arguments. Input asked for with tck.keyDown/tap/mouseMove/... in script frame n is what frame n + 1 reads.
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
    tck.equal(input.isKeyDown("W"), false, "no key is down before any input");
    tck.equal(input.mousePosition(), [0, 0], "the cursor is at [0, 0] before any report");
    expectError(RangeError, () => input.isKeyDown("W2"), ["input.isKeyDown", "name=\"W2\"", "not a key name"]);
    expectError(TypeError, () => input.wasKeyPressed(87), ["input.wasKeyPressed", "name=87"]);
    expectError(TypeError, () => input.wasKeyReleased(), ["input.wasKeyReleased", "missing argument name"]);
    expectError(RangeError, () => input.isMouseDown("back"), ["input.isMouseDown", "button=\"back\""]);
    expectError(TypeError, () => input.isMouseDown(0), ["input.isMouseDown", "button=0"]);
    expectError(TypeError, () => input.mousePosition(1), ["input.mousePosition", "too many arguments"]);
    expectError(TypeError, () => input.mouseDelta("x"), ["input.mouseDelta", "too many arguments"]);
    expectError(TypeError, () => input.wheelDelta(true), ["input.wheelDelta", "too many arguments"]);
    tck.keyDown("W");
    tck.tap("SPACE");
    tck.mouseMove(100, 50);
    tck.mouseButton("left", true);
    tck.scroll(2);
}

function update(dt) {
    frame++;
    if (frame === 1) {
        tck.equal(input.wasKeyPressed("W"), false, "frame 1 runs before the injected input is published");
    } else if (frame === 2) {
        tck.equal(input.isKeyDown("W"), true, "W is held");
        tck.equal(input.wasKeyPressed("W"), true, "W went down since the previous script frame");
        tck.equal(input.isKeyDown("SPACE"), false, "a tap is over by the publish");
        tck.equal(input.wasKeyPressed("SPACE"), true, "the tap's press is not lost");
        tck.equal(input.wasKeyReleased("SPACE"), true, "nor its release");
        tck.equal(input.mousePosition(), [100, 50], "the cursor position in pixels");
        tck.equal(input.mouseDelta(), [0, 0], "the first cursor report is no motion");
        tck.equal(input.isMouseDown("left"), true, "the left button is held");
        tck.equal(input.isMouseDown("right"), false, "the right button is not");
        tck.equal(input.wheelDelta(), 2, "two wheel steps");
        tck.mouseMove(110, 45);
    } else if (frame === 3) {
        tck.equal(input.isKeyDown("w"), true, "lower-case names work");
        tck.equal(input.wasKeyPressed("W"), false, "a held key is pressed once");
        tck.equal(input.wasKeyPressed("SPACE"), false, "edges last one script frame");
        tck.equal(input.mouseDelta(), [10, -5], "motion since the previous script frame");
        tck.equal(input.wheelDelta(), 0, "no wheel motion since the previous script frame");
        tck.keyUp("W");
        tck.mouseButton("left", false);
    } else if (frame === 4) {
        tck.equal(input.isKeyDown("W"), false, "W is up");
        tck.equal(input.wasKeyReleased("W"), true, "W went up since the previous script frame");
        tck.equal(input.isMouseDown("middle"), false, "the middle button is not held");
        tck.equal(input.isMouseDown("left"), false, "the left button was released");
        tck.equal(input.mousePosition(), [110, 45], "the cursor stays where it was");
    } else if (frame === 5) {
        tck.equal(input.wasKeyReleased("W"), false, "a release is reported once");
        tck.done();
        engine.quit();
    }
}
