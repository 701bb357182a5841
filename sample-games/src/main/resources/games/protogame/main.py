# protogame: the default Polyframe sample, playable.
# A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, and a camera you fly:
# W/A/S/D move, drag with the left mouse button to look around, SPACE spawns a sphere ahead, R resets.
# FPS and entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.
import math

ORBITERS = 24
START_POSITION = [-16, 0, 8]
START_YAW = 0
START_PITCH = 26
MOVE_SPEED = 8      # world units per second
LOOK_SPEED = 0.2    # degrees per pixel of mouse drag
SPAWN_DISTANCE = 6  # world units ahead of the camera


class Orbiter:
    """One mesh on a circular orbit around the origin."""

    def __init__(self, handle, radius, height, speed, phase):
        self.handle = handle
        self.radius = radius
        self.height = height
        self.speed = speed
        self.phase = phase


orbiters = []
spawned = []
cam = None
position = list(START_POSITION)
yaw = START_YAW
pitch = START_PITCH
elapsed = 0.0
fps = 0.0


def hue_color(hue):
    """Hue in [0, 1) to an [r, g, b, a] colour with integer channels 0-255."""
    def channel(n):
        k = (n + hue * 6) % 6
        # int(x + 0.5) rounds halves up, as JavaScript's Math.round does (Python's round() rounds them to even).
        return int((1 - max(0, min(k, 4 - k, 1))) * 255 + 0.5)

    return [channel(5), channel(3), channel(1), 255]


def forward():
    """Unit view direction: yaw 0 looks along +X, positive yaw turns left (+Y), positive pitch looks down."""
    y = math.radians(yaw)
    p = math.radians(pitch)
    return [math.cos(y) * math.cos(p), math.sin(y) * math.cos(p), -math.sin(p)]


def init():
    global cam
    entity.create_mesh("grid", {"position": [0, 0, 0], "color": [110, 130, 150, 255], "scale": 1})
    for i in range(ORBITERS):
        ring = i % 3
        radius = 3 + ring * 2
        handle = entity.create_mesh("cube" if i % 2 == 0 else "sphere", {
            "position": [radius, 0, 1],
            "scale": 0.9,
            "color": hue_color(i / ORBITERS),
        })
        orbiters.append(Orbiter(handle, radius, height=0.8 + ring * 0.9, speed=0.6 - ring * 0.15,
                                phase=i / ORBITERS * math.tau))
    cam = camera.create({"position": position, "orientation": [yaw, pitch, 0], "fov": 60})
    camera.set_active(cam)
    polyframe.spawn(announce(orbiters[-1].handle))


async def announce(last):
    await entity.ready(last)
    engine.log(f"protogame: {entity.count()} entities visible at frame {engine.frame()}")


def fly(dt):
    global spawned, position, yaw, pitch
    if input.is_mouse_down("left"):
        dx, dy = input.mouse_delta()
        yaw -= dx * LOOK_SPEED
        pitch = max(-89, min(89, pitch + dy * LOOK_SPEED))
    f = forward()
    y = math.radians(yaw)
    right = [math.sin(y), -math.cos(y), 0]
    ahead = 0
    side = 0
    if input.is_key_down("W"):
        ahead += 1
    if input.is_key_down("S"):
        ahead -= 1
    if input.is_key_down("D"):
        side += 1
    if input.is_key_down("A"):
        side -= 1
    step = MOVE_SPEED * dt
    position = [position[i] + (f[i] * ahead + right[i] * side) * step for i in range(3)]
    if input.was_key_pressed("SPACE"):
        spawned.append(entity.create_mesh("sphere", {
            "position": [position[i] + f[i] * SPAWN_DISTANCE for i in range(3)],
            "scale": 0.7,
            "color": hue_color((len(spawned) * 0.137) % 1),
        }))
    if input.was_key_pressed("R"):
        for h in spawned:
            entity.destroy(h)
        spawned = []
        position = list(START_POSITION)
        yaw = START_YAW
        pitch = START_PITCH
    camera.set_position(cam, position)
    camera.set_orientation(cam, [yaw, pitch, 0])


def update(dt):
    global elapsed, fps
    elapsed += dt
    for o in orbiters:
        a = o.phase + elapsed * o.speed
        entity.set_position(o.handle, [math.cos(a) * o.radius, math.sin(a) * o.radius, o.height])
        entity.set_orientation(o.handle, [math.degrees(a), 0, 0])
    fly(dt)
    if engine.frame() % 30 == 0:
        fps = engine.metrics()["fps"]


def render():
    debug.text(f"FPS {fps:.0f}   entities {entity.count()}", [12, 12], {"color": [255, 255, 255, 255], "size": 16})
    debug.text("protogame (Python)   WASD fly, drag to look, SPACE sphere, R reset, F3 stats", [12, 36],
               {"color": [255, 210, 80, 255], "size": 16})
