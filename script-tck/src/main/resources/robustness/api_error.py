# An API validation error nobody catches: reported with the API method.
frames = 0
h = 0


def init():
    global h
    h = entity.create_mesh("cube")


def update(dt):
    global frames
    frames += 1
    if frames == 2:
        entity.set_position(h, [0, float("nan"), 0])  # @error
    if frames == 4:
        engine.quit()
