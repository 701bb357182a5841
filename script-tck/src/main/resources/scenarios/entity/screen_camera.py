# entity.create_mesh's camera option: "world" (default) or "screen", visible in the snapshot; bad values raise.
def expect_error(kind, call, fragments):
    try:
        call()
    except Exception as e:
        tck.check(type(e) is kind, f"{fragments[0]}: raised {type(e).__name__}, expected {kind.__name__}")
        tck.mentions(str(e), fragments)
        return
    tck.check(False, " ".join(fragments) + ": no error raised")


frame = 0
made = {}
visible = []


def on_ready(handle, err):
    tck.check(err is None, f"ready without error: {err}")
    visible.append(handle)
    if len(visible) < 3:
        return
    tck.equal(tck.meshCamera(made["hud"]), "screen", "the screen mesh's camera in the snapshot")
    tck.equal(tck.meshCamera(made["world"]), "world", "an explicit world camera")
    tck.equal(tck.meshCamera(made["plain"]), "world", "world is the default")
    tck.equal(tck.state(made["hud"])["position"], [100, 50, 0],
              "a screen mesh's position is in pixels, stored as given")
    tck.equal(entity.count(), 3, "a failed call created nothing")
    tck.done()
    engine.quit()


def init():
    made["hud"] = entity.create_mesh("plane", {"position": [100, 50, 0], "scale": 40, "color": [0, 255, 0, 255],
                                               "camera": "screen"})
    made["world"] = entity.create_mesh("cube", {"camera": "world"})
    made["plain"] = entity.create_mesh("sphere")
    expect_error(ValueError, lambda: entity.create_mesh("cube", {"camera": "hud"}), ["entity.createMesh",
                 'options.camera="hud"'])
    expect_error(TypeError, lambda: entity.create_mesh("cube", {"camera": 1}), ["entity.createMesh",
                 "options.camera=1"])
    for handle in made.values():
        entity.ready(handle, on_ready)


def update(dt):
    global frame
    frame += 1
    tck.check(frame < 100, "the entities became visible within 100 script frames")
