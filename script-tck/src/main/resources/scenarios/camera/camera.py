# camera.create, set_position, set_orientation, set_active and destroy, with their bad arguments.
def expect_error(kind, call, fragments):
    try:
        call()
    except Exception as e:
        tck.check(type(e) is kind, f"{fragments[0]}: raised {type(e).__name__}, expected {kind.__name__}")
        tck.mentions(str(e), fragments)
        return
    tck.check(False, " ".join(fragments) + ": no error raised")


def init():
    cam = camera.create({"position": [-10, 0, 6], "orientation": [0, 20, 0], "type": "world", "fov": 75})
    other = camera.create({})
    tck.check(cam > 0 and other == cam + 1, "camera handles are positive consecutive integers")
    camera.set_position(cam, [-5, 1, 2])
    camera.set_orientation(cam, [45, 10, 0])
    camera.set_active(cam)
    camera.destroy(other)
    expect_error(TypeError, lambda: camera.create({"fov": "wide"}), ["camera.create", 'options.fov="wide"'])
    expect_error(ValueError, lambda: camera.create({"fov": 0}), ["camera.create", "options.fov=0"])
    expect_error(ValueError, lambda: camera.create({"type": "fisheye"}), ["camera.create",
                 'options.type="fisheye"'])
    expect_error(ValueError, lambda: camera.set_position(cam, [0, float("nan"), 0]), ["camera.setPosition",
                 "position=[0, NaN, 0]"])
    expect_error(TypeError, lambda: camera.set_orientation(cam), ["camera.setOrientation",
                 "missing argument orientation"])
    expect_error(ValueError, lambda: camera.set_active(other), ["camera.setActive", f"handle={other}"])
    expect_error(ValueError, lambda: camera.destroy(other), ["camera.destroy", f"handle={other}"])
    h = entity.create_mesh("cube")
    expect_error(ValueError, lambda: camera.set_position(h, [0, 0, 0]), ["camera.setPosition", "not a live camera"])

    def on_ready(value, error):
        # Commands apply in order: once h is visible, so is everything the cameras were told before.
        tck.equal(tck.state(cam), {"position": [-5, 1, 2], "orientation": [45, 10, 0], "fov": 75, "type": "world",
                                   "active": True}, "the camera's record in the snapshot")
        tck.equal(tck.state(other), None, "a destroyed camera leaves the snapshot")
        tck.equal(entity.count(), 1, "cameras are not counted as entities")
        tck.done()
        engine.quit()

    entity.ready(h, on_ready)
