# engine.time, frame, log and metrics: values advance between script frames and metrics() has its documented shape.
import math

last_time = -1
last_frame = -1
frames = 0


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def update(dt):
    global last_time, last_frame, frames
    tck.check(is_number(dt) and dt > 0, f"update(dt) receives positive seconds, got {dt!r}")
    time = engine.time()
    frame = engine.frame()
    tck.check(time > last_time, f"engine.time() advances: {time} after {last_time}")
    tck.check(frame > last_frame, f"engine.frame() advances: {frame} after {last_frame}")
    last_time = time
    last_frame = frame
    engine.log(f"frame {frame}")
    engine.log(["any", "value", 1])
    frames += 1
    if frames == 5:
        m = engine.metrics()
        for key in ["frames", "scriptFrames", "frameSkips", "fps", "scriptErrors", "entities"]:
            tck.check(is_number(m[key]), f"metrics()[{key!r}] is a number")
        for key in ["submitted", "applied", "rejected"]:
            tck.check(is_number(m["commands"][key]), f"metrics()['commands'][{key!r}] is a number")
        tck.check(is_number(m["snapshot"]["publishes"]), "metrics()['snapshot']['publishes'] is a number")
        tck.check(isinstance(m["scriptMode"], str), "metrics()['scriptMode'] is a str")
        try:
            engine.log()
        except Exception as e:
            tck.check(isinstance(e, TypeError), "engine.log() raises TypeError")
            tck.mentions(str(e), ["engine.log", "missing argument message"])
        else:
            tck.check(False, "engine.log() without a message must fail")
        tck.done()
        engine.quit()
