# entity.set_color and entity.set_active reach the snapshot.
h = 0
phase = 0


def init():
    global h
    h = entity.create_mesh("sphere", {"color": [1, 2, 3, 4]})
    entity.ready(h).add_done_callback(on_ready)


def on_ready(pending):
    global phase
    tck.equal(pending.result(), h, "ready resolves with the handle")
    tck.equal(tck.state(h)["color"], [1, 2, 3, 4], "color option")
    tck.equal(tck.state(h)["active"], True, "active by default")
    entity.set_color(h, [200, 100, 50, 25])
    entity.set_active(h, False)
    phase = 1


def update(dt):
    global phase
    if phase == 1 and tck.state(h)["active"] is False:
        tck.equal(tck.state(h)["color"], [200, 100, 50, 25], "color after set_color")
        entity.set_active(h, True)
        phase = 2
    elif phase == 2 and tck.state(h)["active"] is True:
        tck.done()
        engine.quit()
