# The new code of the hot-reload kit: takes the saved state in onLoad, uses the old code's handle, quits.
import util

handle = None
checked = False


def init():
    probe.put("init", True)


def onLoad(state):
    global handle
    handle = state["handle"]
    probe.put("state", state)
    probe.put("tag", util.tag())


def update(dt):
    global checked
    if not checked:
        checked = True
        probe.put("exists", entity.exists(handle))
        probe.put("position", entity.getPosition(handle))
        engine.quit()
