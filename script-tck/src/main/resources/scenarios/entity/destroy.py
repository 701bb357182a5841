# entity.destroy: the handle is stale at once, the entity leaves the snapshot, and count follows.
a = 0
b = 0
phase = 0


def init():
    global a, b
    a = entity.create_mesh("cube")
    b = entity.create_mesh("cube")
    polyframe.spawn(destroy_a_when_b_is_ready())


async def destroy_a_when_b_is_ready():
    global phase
    await entity.ready(b)
    tck.equal(entity.count(), 2, "count with two entities")
    entity.destroy(a)
    tck.equal(entity.exists(a), False, "exists() is False at once after destroy")
    tck.equal(entity.exists(b), True, "the other entity lives on")
    phase = 1


def update(dt):
    global phase
    if phase == 1 and tck.state(a) is None:
        tck.equal(entity.count(), 1, "count after destroy")
        tck.equal(tck.state(b) is None, False, "the other entity is still in the snapshot")
        phase = 2
        tck.done()
        engine.quit()
