# An exception in an async def task after await, the idiomatic Python deferred handler.
frames = 0


async def wait_then_fail(h):
    await entity.ready(h)
    raise RuntimeError("boom in handler")  # @error


def init():
    h = entity.create_mesh("cube")
    polyframe.spawn(wait_then_fail(h))


def update(dt):
    global frames
    frames += 1
    if frames == 20:
        engine.quit()
