# A deferred-result callback that never returns: interrupted; later frames run.
frames = 0


def spin(value, error):
    while True: pass  # @runaway


def init():
    h = entity.create_mesh("cube")
    entity.ready(h, spin)


def update(dt):
    global frames
    frames += 1
    sink.count("update")
    if frames == 30:
        engine.quit()
