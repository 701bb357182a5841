// entity.setPositions, setOrientations, setColors and getPositions: flat numeric data (typed arrays or arrays), one
// call for many entities. Same result as the single calls; every bad-argument class raises one native error naming
// the first bad index, and a rejected call changes nothing.
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

const hs = [];
let single = 0;
let frames = 0;
let moved = false;

function init() {
    for (let i = 0; i < 3; i++) {
        hs.push(entity.createMesh("cube"));
    }
    single = entity.createMesh("cube");
    const dead = entity.createMesh("cube");
    entity.destroy(dead);
    const before = entity.getPositions(hs);
    tck.check(before instanceof Float64Array, "getPositions returns a Float64Array");
    tck.equal(before.length, 9, "three numbers per handle");
    tck.check(Number.isNaN(before[0]), "NaN until the entity is visible in the snapshot");
    entity.setPositions(new Float64Array(hs), new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    entity.setOrientations(hs, new Float32Array([10, 20, 30, 40, 50, 60, 70, 80, 90]));
    entity.setColors(hs, [1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0.5]);
    entity.setPositions([], []);
    // parity: the same values through the single calls
    entity.setPosition(single, [1, 2, 3]);
    entity.setOrientation(single, [10, 20, 30]);
    entity.setColor(single, [255, 0, 0, 255]);
    // type and arity
    expectError(TypeError, () => entity.setPositions(hs, "up"), ["entity.setPositions", "values=\"up\""]);
    expectError(TypeError, () => entity.setPositions(hs, [1, 2, "3", 4, 5, 6, 7, 8, 9]), ["entity.setPositions",
        "values[2]=\"3\" must be a number"]);
    expectError(TypeError, () => entity.setPositions(hs), ["entity.setPositions", "missing argument values"]);
    expectError(TypeError, () => entity.setPositions(hs, [1, 2, 3]), ["entity.setPositions", "values.length=3, expected",
        "= 9"]);
    expectError(TypeError, () => entity.getPositions(7), ["entity.getPositions", "handles=7"]);
    // NaN, infinity and range
    expectError(RangeError, () => entity.setPositions(hs, [0, 0, 0, 0, NaN, 0, 0, 0, 0]), ["entity.setPositions",
        "values[4] is NaN"]);
    expectError(RangeError, () => entity.setOrientations(hs, new Float64Array([0, 0, 0, 0, 0, 0, 0, 0, Infinity])),
        ["entity.setOrientations", "values[8] is Infinity"]);
    expectError(RangeError, () => entity.setColors(hs, [0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0]), ["entity.setColors",
        "values[2]=1.5", "0..1"]);
    // stale, unknown and malformed handles
    expectError(Error, () => entity.setPositions([hs[0], dead], [0, 0, 0, 0, 0, 0]), ["entity.setPositions",
        "handles[1]=" + dead, "destroyed"]);
    expectError(Error, () => entity.setColors([9999], [0, 0, 0, 0]), ["entity.setColors", "handles[0]=9999",
        "unknown"]);
    expectError(Error, () => entity.getPositions([1.5]), ["entity.getPositions", "handles[0]=1.5"]);
}

function update(dt) {
    frames += 1;
    tck.check(frames < 200, "the bulk commands became visible within 200 script frames");
    const last = tck.state(hs[2]);
    if (!moved && last !== null && last.color[3] === 128 && tck.state(single) !== null) {
        tck.equal(tck.state(hs[0]).position, [1, 2, 3], "position after setPositions");
        tck.equal(tck.state(hs[1]).orientation, [40, 50, 60], "orientation after setOrientations");
        tck.equal(last.color, [0, 0, 255, 128], "colour after setColors: fractions of 255, rounded");
        const a = tck.state(hs[0]);
        const b = tck.state(single);
        tck.equal([a.position, a.orientation, a.color], [b.position, b.orientation, b.color],
            "bulk and single calls give the same state");
        tck.equal(Array.from(entity.getPositions(hs)), [1, 2, 3, 4, 5, 6, 7, 8, 9], "getPositions");
        entity.setPositions([hs[1]], new Float32Array([-1.5, 0.25, 100]));
        moved = true;
    } else if (moved && tck.state(hs[1]).position[0] === -1.5) {
        tck.equal(Array.from(entity.getPositions([hs[1], hs[0]])), [-1.5, 0.25, 100, 1, 2, 3],
            "getPositions after a second move, in the order asked");
        tck.done();
        engine.quit();
    }
}
