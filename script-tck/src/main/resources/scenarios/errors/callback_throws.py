# An exception in a deferred-result callback is reported with this file and line; the game goes on.
frames = 0
called = False


def init():
    tck.expect_error(13, "boom in callback")
    h = entity.create_mesh("cube")

    def on_ready(value, error):
        global called
        called = True
        raise RuntimeError("boom in callback")

    entity.ready(h, on_ready)


def update(dt):
    global frames
    frames += 1
    if called and frames > 3:
        tck.done()
        engine.quit()
