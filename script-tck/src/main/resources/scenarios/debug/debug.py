# debug.text, world_text, line, box, sphere and clear accept good calls and reject bad ones.
def expect_error(kind, call, fragments):
    try:
        call()
    except Exception as e:
        tck.check(type(e) is kind, f"{fragments[0]}: raised {type(e).__name__}, expected {kind.__name__}")
        tck.mentions(str(e), fragments)
        return
    tck.check(False, " ".join(fragments) + ": no error raised")


frame = 0


def init():
    debug.text("hello", [10, 20])
    debug.text("timed", [10, 40], {"color": [255, 0, 0, 255], "duration": 0.5, "size": 24})
    debug.line([0, 0, 0], [1, 1, 1])
    debug.line([0, 0, 0], [0, 0, 5], {"color": [0, 255, 0, 255], "duration": 2})
    debug.world_text("label", [1, 2, 3])
    debug.world_text("timed", [0, 0, 1], {"color": [0, 0, 255, 255], "duration": 1, "size": 20})
    debug.box([0, 0, 0], [1, 2, 3])
    debug.box([1, 1, 1], [0.5, 0.5, 0.5], {"color": [255, 0, 0, 128], "duration": 0.25})
    debug.sphere([0, 0, 2], 1.5)
    debug.sphere([2, 0, 0], 0.5, {"color": [0, 255, 255, 255], "duration": 3})
    expect_error(TypeError, lambda: debug.text(42, [0, 0]), ["debug.text", "text=42"])
    expect_error(TypeError, lambda: debug.text("x", [0, 0, 0]), ["debug.text", "position=[0, 0, 0]"])
    expect_error(ValueError, lambda: debug.text("x", [0, 0], {"duration": -1}), ["debug.text",
                 "options.duration=-1"])
    expect_error(ValueError, lambda: debug.text("x", [0, 0], {"size": 0}), ["debug.text", "options.size=0"])
    expect_error(TypeError, lambda: debug.line([0, 0, 0], [1, 1]), ["debug.line", "to=[1, 1]"])
    expect_error(ValueError, lambda: debug.line([0, float("nan"), 0], [1, 1, 1]), ["debug.line",
                 "from=[0, NaN, 0]"])
    expect_error(TypeError, lambda: debug.world_text("x", [0, 0]), ["debug.worldText", "position=[0, 0]"])
    expect_error(ValueError, lambda: debug.world_text("x", [0, float("nan"), 0]), ["debug.worldText",
                 "position=[0, NaN, 0]"])
    expect_error(TypeError, lambda: debug.world_text(True, [0, 0, 0]), ["debug.worldText", "text=true"])
    expect_error(ValueError, lambda: debug.world_text("x", [0, 0, 0], {"duration": -0.5}), ["debug.worldText",
                 "options.duration=-0.5"])
    expect_error(ValueError, lambda: debug.world_text("x", [0, 0, 0], {"size": -3}), ["debug.worldText",
                 "options.size=-3"])
    expect_error(ValueError, lambda: debug.box([0, 0, 0], [1, 0, 1]), ["debug.box", "size=[1, 0, 1]"])
    expect_error(TypeError, lambda: debug.box([0, 0, 0], "big"), ["debug.box", 'size="big"'])
    expect_error(ValueError, lambda: debug.box([float("inf"), 0, 0], [1, 1, 1]), ["debug.box",
                 "center=[Infinity, 0, 0]"])
    expect_error(ValueError, lambda: debug.box([0, 0, 0], [1, 1, 1], {"duration": -1}), ["debug.box",
                 "options.duration=-1"])
    expect_error(ValueError, lambda: debug.sphere([0, 0, 0], -1), ["debug.sphere", "radius=-1"])
    expect_error(ValueError, lambda: debug.sphere([0, 0, 0], float("nan")), ["debug.sphere", "radius=NaN"])
    expect_error(TypeError, lambda: debug.sphere([0, 0, 0], "1"), ["debug.sphere", 'radius="1"'])
    expect_error(ValueError, lambda: debug.sphere([0, 0, 0], 1, {"color": [0, 0, 300]}), ["debug.sphere",
                 "options.color=[0, 0, 300]"])
    expect_error(TypeError, lambda: debug.clear(1), ["debug.clear", "too many arguments"])


def update(dt):
    global frame
    frame += 1
    if frame == 3:
        debug.clear()
        tck.done()
        engine.quit()
