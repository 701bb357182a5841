// camera.create, setPosition, setOrientation, setActive and destroy, with their bad arguments.
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

function init() {
    const cam = camera.create({position: [-10, 0, 6], orientation: [0, 20, 0], type: "world", fov: 75});
    const other = camera.create({});
    tck.check(cam > 0 && other === cam + 1, "camera handles are positive consecutive integers");
    camera.setPosition(cam, [-5, 1, 2]);
    camera.setOrientation(cam, [45, 10, 0]);
    camera.setActive(cam);
    camera.destroy(other);
    expectError(TypeError, () => camera.create({fov: "wide"}), ["camera.create", "options.fov=\"wide\""]);
    expectError(RangeError, () => camera.create({fov: 0}), ["camera.create", "options.fov=0"]);
    expectError(RangeError, () => camera.create({type: "fisheye"}), ["camera.create", "options.type=\"fisheye\""]);
    expectError(RangeError, () => camera.setPosition(cam, [0, NaN, 0]), ["camera.setPosition",
        "position=[0, NaN, 0]"]);
    expectError(TypeError, () => camera.setOrientation(cam), ["camera.setOrientation",
        "missing argument orientation"]);
    expectError(Error, () => camera.setActive(other), ["camera.setActive", "handle=" + other]);
    expectError(Error, () => camera.destroy(other), ["camera.destroy", "handle=" + other]);
    const h = entity.createMesh("cube");
    expectError(Error, () => camera.setPosition(h, [0, 0, 0]), ["camera.setPosition", "not a live camera"]);
    entity.ready(h).then(() => {
        // Commands apply in order: once h is visible, so is everything the cameras were told before.
        tck.equal(tck.state(cam), {position: [-5, 1, 2], orientation: [45, 10, 0], fov: 75, type: "world",
            active: true}, "the camera's record in the snapshot");
        tck.equal(tck.state(other), null, "a destroyed camera leaves the snapshot");
        tck.equal(entity.count(), 1, "cameras are not counted as entities");
        tck.done();
        engine.quit();
    });
}
