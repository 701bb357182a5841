# A command that fails on the main thread (entity capacity 2): an error event from the engine, and a rejection.
frames = 0


def on_third(value, error):
    if error is not None:
        sink.count("rejected")


def init():
    entity.create_mesh("cube")
    entity.create_mesh("cube")
    third = entity.create_mesh("cube")
    entity.ready(third, on_third)


def update(dt):
    global frames
    frames += 1
    if frames == 20:
        engine.quit()
