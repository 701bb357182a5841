# The old code of the hot-reload kit: counts frames, holds an entity handle and a pending result, saves its state.
import util

handle = None
frames = 0


def init():
    global handle
    handle = entity.createMesh("cube", {"position": [1, 2, 3]})
    probe.never(lambda value, error: probe.put("rejected", str(error)))


def update(dt):
    global frames
    frames += 1
    probe.put("frames", frames)


def onSave():
    return {"handle": handle, "frames": frames, "tag": util.tag(), "list": [1, "two", True], "map": {"a": 1.5}}
