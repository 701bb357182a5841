# protogame: the default Polyframe sample.
# A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, a camera circling the scene,
# and FPS plus entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.
import math

ORBITERS = 24
CAMERA_DISTANCE = 16
CAMERA_HEIGHT = 8


class Orbiter:
    """One mesh on a circular orbit around the origin."""

    def __init__(self, handle, radius, height, speed, phase):
        self.handle = handle
        self.radius = radius
        self.height = height
        self.speed = speed
        self.phase = phase


orbiters = []
cam = None
elapsed = 0.0
fps = 0.0


def hue_color(hue):
    """Hue in [0, 1) to an [r, g, b, a] colour with integer channels 0-255."""
    def channel(n):
        k = (n + hue * 6) % 6
        # int(x + 0.5) rounds halves up, as JavaScript's Math.round does (Python's round() rounds them to even).
        return int((1 - max(0, min(k, 4 - k, 1))) * 255 + 0.5)

    return [channel(5), channel(3), channel(1), 255]


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
    cam = camera.create({"position": [-CAMERA_DISTANCE, 0, CAMERA_HEIGHT], "orientation": [0, 26, 0], "fov": 60})
    camera.set_active(cam)
    polyframe.spawn(announce(orbiters[-1].handle))


async def announce(last):
    await entity.ready(last)
    engine.log(f"protogame: {entity.count()} entities visible at frame {engine.frame()}")


def update(dt):
    global elapsed, fps
    elapsed += dt
    for o in orbiters:
        a = o.phase + elapsed * o.speed
        entity.set_position(o.handle, [math.cos(a) * o.radius, math.sin(a) * o.radius, o.height])
        entity.set_orientation(o.handle, [math.degrees(a), 0, 0])
    # The camera circles slowly, always looking at the origin: yaw 0 looks along +X.
    theta = elapsed * 0.15
    camera.set_position(cam, [-math.cos(theta) * CAMERA_DISTANCE, -math.sin(theta) * CAMERA_DISTANCE, CAMERA_HEIGHT])
    camera.set_orientation(cam, [math.degrees(theta), 26, 0])
    if engine.frame() % 30 == 0:
        fps = engine.metrics()["fps"]


def render():
    debug.text(f"FPS {fps:.0f}   entities {entity.count()}", [12, 12], {"color": [255, 255, 255, 255], "size": 16})
    debug.text("protogame (Python)", [12, 36], {"color": [255, 210, 80, 255], "size": 16})
