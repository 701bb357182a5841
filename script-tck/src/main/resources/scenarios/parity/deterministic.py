# Parity: 120 script frames of commands computed with + - * / % only (no math.sin: its last bits differ between
# runtimes). The kit compares the world after the run with the Java reference (ParityGame) bit for bit; drift
# accumulates over every frame, so each frame's arithmetic reaches the final hash.
MESHES = ["cube", "sphere", "grid", "plane"]
handles = []
drift = [0.0] * 8
cam = 0
frame = 0


def init():
    global cam
    for i in range(8):
        handles.append(entity.create_mesh(MESHES[i % 4], {
            "position": [i, -i, i * 0.5],
            "orientation": [i * 15, 0, 0],
            "scale": 1 + i * 0.25,
            "color": [i * 30, 255 - i * 30, 128, 255],
        }))
    cam = camera.create({"position": [-10, 0, 5], "fov": 70})


def update(dt):
    global frame
    frame += 1
    if frame > 120:
        if frame == 121:
            tck.done()
            engine.quit()
        return
    for i in range(len(handles)):
        t = frame * 0.1 + i
        drift[i] = drift[i] * 0.97 + (frame % 11) * 0.0123 + i / 7
        entity.set_position(handles[i], [t, t * 0.5 - i, drift[i]])
        entity.set_orientation(handles[i], [(frame * 3) % 360, i * 10, frame / 8])
        if frame % 30 == i:
            entity.set_color(handles[i], [(frame * 2) % 256, i * 20, 255 - i * 20, 200])
        entity.set_scale(handles[i], 1 + (frame % 5) * 0.125)
    if frame == 60:
        entity.destroy(handles.pop())
    if frame == 90:
        entity.set_active(handles[0], False)
    camera.set_position(cam, [-10 + frame * 0.05, 0, 5])
    camera.set_orientation(cam, [frame % 360, 20, 0])
