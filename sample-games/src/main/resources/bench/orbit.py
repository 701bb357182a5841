# Scripted benchmark workload (polyframe bench scripted): the orbit of bench/orbit.js in Python, with the same
# constants; positions go out as an array('d') in the bulk variant.
from array import array
from math import cos, sin

config = bench.config()
N = int(config["n"])
BULK = config["bulk"]
handles = array("d", bytes(8 * N))
angle = [i * 0.01 for i in range(N)]
radius = [5 + (i % 100) * 0.1 for i in range(N)]
speed = [0.5 + (i % 7) * 0.1 for i in range(N)]
values = array("d", bytes(24 * N))
set_position = entity.set_position
set_positions = entity.set_positions


def init():
    for i in range(N):
        handles[i] = entity.create_mesh("cube")


def update(dt):
    if BULK:
        for i in range(N):
            a = angle[i] + speed[i] * dt
            angle[i] = a
            r = radius[i]
            values[3 * i] = r * cos(a)
            values[3 * i + 1] = r * sin(a)
            values[3 * i + 2] = 0.001 * i
        set_positions(handles, values)
        return
    for i in range(N):
        a = angle[i] + speed[i] * dt
        angle[i] = a
        r = radius[i]
        set_position(handles[i], [r * cos(a), r * sin(a), 0.001 * i])
