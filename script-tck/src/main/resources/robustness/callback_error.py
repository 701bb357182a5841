# An exception in a trailing (value, error) callback of a deferred result.
frames = 0


def on_ready(value, error):
    raise RuntimeError("boom in callback")  # @error


def init():
    h = entity.create_mesh("cube")
    entity.ready(h, on_ready)


def update(dt):
    global frames
    frames += 1
    if frames == 20:
        engine.quit()
