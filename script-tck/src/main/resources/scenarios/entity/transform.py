# entity.set_position, set_orientation and set_scale reach the snapshot; get_position sees only published frames.
# Commands apply in order, but one script frame's commands may span main frames: wait for the last one.
h = 0
frames = 0
moved = False


def init():
    global h
    h = entity.create_mesh("cube")
    tck.equal(entity.get_position(h), None, "get_position is None until the entity is visible")
    entity.set_position(h, [4, 5, 6])
    entity.set_orientation(h, [30, 45, -60])
    entity.set_scale(h, 0.5)
    tck.equal(entity.get_position(h), None, "this frame's own writes are not visible yet")


def update(dt):
    global frames, moved
    frames += 1
    tck.check(frames < 200, "the commands became visible within 200 script frames")
    state = tck.state(h)
    if not moved and state is not None and state["scale"] == 0.5:
        tck.equal(state["position"], [4, 5, 6], "position after set_position")
        tck.equal(state["orientation"], [30, 45, -60], "orientation after set_orientation")
        tck.equal(entity.get_position(h), [4, 5, 6], "get_position")
        entity.set_position(h, [-1.5, 0.25, 1e6])
        moved = True
    elif moved and state["position"][0] == -1.5:
        tck.equal(entity.get_position(h), [-1.5, 0.25, 1e6], "get_position after a second move")
        tck.done()
        engine.quit()
