# input.is_key_down, was_key_pressed, was_key_released, mouse_position, mouse_delta, is_mouse_down and wheel_delta,
# with their bad arguments. Input asked for with tck.keyDown/tap/mouseMove/... in script frame n is what frame n + 1
# reads. (The bound global `input` replaces Python's builtin of that name in game scripts.)
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
    tck.equal(input.is_key_down("W"), False, "no key is down before any input")
    tck.equal(input.mouse_position(), [0, 0], "the cursor is at [0, 0] before any report")
    expect_error(ValueError, lambda: input.is_key_down("W2"), ["input.isKeyDown", 'name="W2"', "not a key name"])
    expect_error(TypeError, lambda: input.was_key_pressed(87), ["input.wasKeyPressed", "name=87"])
    expect_error(TypeError, lambda: input.was_key_released(), ["input.wasKeyReleased", "missing argument name"])
    expect_error(ValueError, lambda: input.is_mouse_down("back"), ["input.isMouseDown", 'button="back"'])
    expect_error(TypeError, lambda: input.is_mouse_down(0), ["input.isMouseDown", "button=0"])
    expect_error(TypeError, lambda: input.mouse_position(1), ["input.mousePosition", "too many arguments"])
    expect_error(TypeError, lambda: input.mouse_delta("x"), ["input.mouseDelta", "too many arguments"])
    expect_error(TypeError, lambda: input.wheel_delta(True), ["input.wheelDelta", "too many arguments"])
    tck.keyDown("W")
    tck.tap("SPACE")
    tck.mouseMove(100, 50)
    tck.mouseButton("left", True)
    tck.scroll(2)


def update(dt):
    global frame
    frame += 1
    if frame == 1:
        tck.equal(input.was_key_pressed("W"), False, "frame 1 runs before the injected input is published")
    elif frame == 2:
        tck.equal(input.is_key_down("W"), True, "W is held")
        tck.equal(input.was_key_pressed("W"), True, "W went down since the previous script frame")
        tck.equal(input.is_key_down("SPACE"), False, "a tap is over by the publish")
        tck.equal(input.was_key_pressed("SPACE"), True, "the tap's press is not lost")
        tck.equal(input.was_key_released("SPACE"), True, "nor its release")
        tck.equal(input.mouse_position(), [100, 50], "the cursor position in pixels")
        tck.equal(input.mouse_delta(), [0, 0], "the first cursor report is no motion")
        tck.equal(input.is_mouse_down("left"), True, "the left button is held")
        tck.equal(input.is_mouse_down("right"), False, "the right button is not")
        tck.equal(input.wheel_delta(), 2, "two wheel steps")
        tck.mouseMove(110, 45)
    elif frame == 3:
        tck.equal(input.is_key_down("w"), True, "lower-case names work")
        tck.equal(input.was_key_pressed("W"), False, "a held key is pressed once")
        tck.equal(input.was_key_pressed("SPACE"), False, "edges last one script frame")
        tck.equal(input.mouse_delta(), [10, -5], "motion since the previous script frame")
        tck.equal(input.wheel_delta(), 0, "no wheel motion since the previous script frame")
        tck.keyUp("W")
        tck.mouseButton("left", False)
    elif frame == 4:
        tck.equal(input.is_key_down("W"), False, "W is up")
        tck.equal(input.was_key_released("W"), True, "W went up since the previous script frame")
        tck.equal(input.is_mouse_down("middle"), False, "the middle button is not held")
        tck.equal(input.is_mouse_down("left"), False, "the left button was released")
        tck.equal(input.mouse_position(), [110, 45], "the cursor stays where it was")
    elif frame == 5:
        tck.equal(input.was_key_released("W"), False, "a release is reported once")
        tck.done()
        engine.quit()
