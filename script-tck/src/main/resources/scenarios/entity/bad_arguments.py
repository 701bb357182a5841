# Every bad-argument class raises a native exception at the call (TypeError: wrong type or arity; ValueError: NaN,
# infinity, out of range, unknown name, stale or unknown handle) naming method, parameter and value, and changes
# nothing.
NAN = float("nan")
INF = float("inf")


def expect_error(kind, call, fragments):
    try:
        call()
    except Exception as e:
        tck.check(type(e) is kind, f"{fragments[0]}: raised {type(e).__name__}, expected {kind.__name__}")
        tck.mentions(str(e), fragments)
        return
    tck.check(False, " ".join(fragments) + ": no error raised")


h = 0


def init():
    global h
    h = entity.create_mesh("cube", {"position": [1, 1, 1]})
    dead = entity.create_mesh("cube")
    entity.destroy(dead)
    # type
    expect_error(TypeError, lambda: entity.set_position(h, "up"), ["entity.setPosition", 'position="up"'])
    expect_error(TypeError, lambda: entity.create_mesh(42), ["entity.createMesh", "meshType=42"])
    expect_error(TypeError, lambda: entity.set_active(h, "yes"), ["entity.setActive", 'active="yes"'])
    expect_error(TypeError, lambda: entity.create_mesh("cube", {"colour": [1, 2, 3]}), ["entity.createMesh",
                 "options.colour=[1, 2, 3]", "not an option"])
    # arity
    expect_error(TypeError, lambda: entity.set_position(h), ["entity.setPosition", "missing argument position"])
    expect_error(TypeError, lambda: entity.set_position(h, [1, 2, 3], 4), ["entity.setPosition",
                 "too many arguments", "extra value=4"])
    expect_error(TypeError, lambda: entity.set_position(h, [1, 2, 3, 4]), ["entity.setPosition",
                 "position=[1, 2, 3, 4]"])
    # NaN and infinity
    expect_error(ValueError, lambda: entity.set_position(h, [1, NAN, 3]), ["entity.setPosition",
                 "position=[1, NaN, 3]"])
    expect_error(ValueError, lambda: entity.set_orientation(h, [INF, 0, 0]), ["entity.setOrientation",
                 "orientation=[Infinity, 0, 0]"])
    expect_error(ValueError, lambda: entity.set_scale(h, NAN), ["entity.setScale", "scale=NaN"])
    # range
    expect_error(ValueError, lambda: entity.create_mesh("teapot"), ["entity.createMesh", 'meshType="teapot"'])
    expect_error(ValueError, lambda: entity.set_scale(h, -1), ["entity.setScale", "scale=-1"])
    expect_error(ValueError, lambda: entity.set_color(h, [0, 0, 256, 0]), ["entity.setColor",
                 "color=[0, 0, 256, 0]"])
    expect_error(ValueError, lambda: entity.create_mesh("cube", {"scale": 0}), ["entity.createMesh",
                 "options.scale=0"])
    # stale and unknown handles
    expect_error(ValueError, lambda: entity.set_position(dead, [0, 0, 0]), ["entity.setPosition", f"handle={dead}",
                 "destroyed"])
    expect_error(ValueError, lambda: entity.destroy(dead), ["entity.destroy", "destroyed"])
    expect_error(ValueError, lambda: entity.set_color(9999, [0, 0, 0, 0]), ["entity.setColor", "handle=9999",
                 "unknown"])
    expect_error(ValueError, lambda: entity.ready(9999), ["entity.ready", "handle=9999"])
    expect_error(ValueError, lambda: entity.get_position(1.5), ["entity.getPosition", "handle=1.5"])
    tck.equal(entity.exists(9999), False, "exists() of an unknown handle is False, not an error")

    def on_ready(value, error):
        tck.equal(entity.count(), 1, "only the good entity exists: failed calls created nothing")
        tck.equal(tck.state(h)["position"], [1, 1, 1], "failed calls changed nothing")
        tck.done()
        engine.quit()

    entity.ready(h, on_ready)
