# modgame: imports a module from its folder, reads level.txt (permission "read-game-files"), and keeps its cubes
# across hot reloads. Try: ./polyframe run sample-games/examples/modgame --lang python --watch, then edit ring.py.
import ring

cubes = []
t = 0.0


def init():
    with open("level.txt") as level:
        count = int(level.read().strip())
    for i in range(count):
        cubes.append(entity.createMesh("cube", {"position": ring.place(i, count, 0), "color": [80, 160, 255, 255]}))
    camera.setActive(camera.create({"position": [-14, 0, 8], "orientation": [0, 30, 0], "fov": 60}))


def update(dt):
    global t
    t += dt
    for i, h in enumerate(cubes):
        entity.setPosition(h, ring.place(i, len(cubes), t))


def onSave():
    return {"cubes": cubes, "t": t}


def onLoad(state):
    global cubes, t
    cubes = list(state["cubes"])
    t = state["t"]
