# An exception in update: reported with every field; the next frames still run.
frames = 0


def update(dt):
    global frames
    frames += 1
    sink.count("update")
    if frames == 2:
        raise RuntimeError("boom in update")  # @error
    if frames == 4:
        engine.quit()
