# entity.create_mesh with every mesh type and every option; entity.ready, exists, count and the snapshot agree.
made = []
frame = 0


def init():
    tck.equal(entity.count(), 0, "count before any entity is visible")
    made.append((entity.create_mesh("cube"), {"position": [0, 0, 0], "orientation": [0, 0, 0], "scale": 1,
                                              "color": [255, 255, 255, 255], "active": True}))
    options = {"position": [1, 2, 3], "orientation": [90, -10, 5], "scale": 2.5, "color": [10, 20, 30, 40],
               "active": False}
    made.append((entity.create_mesh("sphere", options), options))
    made.append((entity.create_mesh("grid", {"position": [-4, 0, 0]}), {"position": [-4, 0, 0],
                 "orientation": [0, 0, 0], "scale": 1, "color": [255, 255, 255, 255], "active": True}))
    made.append((entity.create_mesh("plane", {"color": [0, 128, 255, 255]}), {"position": [0, 0, 0],
                 "orientation": [0, 0, 0], "scale": 1, "color": [0, 128, 255, 255], "active": True}))
    for handle, _ in made:
        tck.check(entity.exists(handle), "exists() is true at once after create_mesh")
        tck.equal(tck.state(handle), None, "not in the snapshot in the frame it was created")
    tck.equal(made[1][0], made[0][0] + 1, "handles are consecutive integers")
    polyframe.spawn(all_ready())


async def all_ready():
    # Like Promise.all: every ready result, in creation order.
    verify([await entity.ready(handle) for handle, _ in made])


def verify(handles):
    tck.equal(handles, [handle for handle, _ in made], "ready resolves with the handle")
    for handle, expected in made:
        tck.equal(tck.state(handle), expected, f"snapshot record of entity {handle}")
    tck.equal(entity.count(), 4, "count once all are visible")
    tck.equal(entity.get_position(made[1][0]), [1, 2, 3], "get_position reads the snapshot")
    tck.done()
    engine.quit()


def update(dt):
    global frame
    frame += 1
    tck.check(frame < 100, "the entities became visible within 100 script frames")
