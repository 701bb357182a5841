# The exception storm: update raises in every one of 599 script frames, then quits.
frames = 0


def update(dt):
    global frames
    frames += 1
    if frames >= 600:
        engine.quit()
        return
    raise RuntimeError("storm")
