# debug.text, debug.line and debug.clear accept good calls and reject bad ones.
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
    expect_error(TypeError, lambda: debug.text(42, [0, 0]), ["debug.text", "text=42"])
    expect_error(TypeError, lambda: debug.text("x", [0, 0, 0]), ["debug.text", "position=[0, 0, 0]"])
    expect_error(ValueError, lambda: debug.text("x", [0, 0], {"duration": -1}), ["debug.text",
                 "options.duration=-1"])
    expect_error(ValueError, lambda: debug.text("x", [0, 0], {"size": 0}), ["debug.text", "options.size=0"])
    expect_error(TypeError, lambda: debug.line([0, 0, 0], [1, 1]), ["debug.line", "to=[1, 1]"])
    expect_error(ValueError, lambda: debug.line([0, float("nan"), 0], [1, 1, 1]), ["debug.line",
                 "from=[0, NaN, 0]"])
    expect_error(TypeError, lambda: debug.clear(1), ["debug.clear", "too many arguments"])


def update(dt):
    global frame
    frame += 1
    if frame == 3:
        debug.clear()
        tck.done()
        engine.quit()
