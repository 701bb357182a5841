# An exception in update is reported with this file and line; the next script frames still run.
frames = 0


def init():
    tck.expect_error(13, "boom in update")


def update(dt):
    global frames
    frames += 1
    if frames == 2:
        raise RuntimeError("boom in update")
    if frames == 4:
        tck.done()
        engine.quit()
