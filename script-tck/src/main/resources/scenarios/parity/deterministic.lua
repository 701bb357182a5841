-- Parity: 120 script frames of commands computed with + - * / % only (no math.sin: its last bits differ between
-- runtimes). The kit compares the world after the run with the Java reference (ParityGame) bit for bit; drift
-- accumulates over every frame, so each frame's arithmetic reaches the final hash.
-- Indices i are 0-based as in the reference; Lua tables are 1-based, hence handles[i + 1] and MESHES[i % 4 + 1].
local MESHES = { "cube", "sphere", "grid", "plane" }
local handles = {}
local drift = { 0, 0, 0, 0, 0, 0, 0, 0 }
local cam = 0
local frame = 0

function init()
    for i = 0, 7 do
        handles[#handles + 1] = entity.createMesh(MESHES[i % 4 + 1], {
            position = { i, -i, i * 0.5 },
            orientation = { i * 15, 0, 0 },
            scale = 1 + i * 0.25,
            color = { i * 30, 255 - i * 30, 128, 255 },
        })
    end
    cam = camera.create({ position = { -10, 0, 5 }, fov = 70 })
end

function update(dt)
    frame = frame + 1
    if frame > 120 then
        if frame == 121 then
            tck.done()
            engine.quit()
        end
        return
    end
    for i = 0, #handles - 1 do
        local t = frame * 0.1 + i
        drift[i + 1] = drift[i + 1] * 0.97 + (frame % 11) * 0.0123 + i / 7
        entity.setPosition(handles[i + 1], { t, t * 0.5 - i, drift[i + 1] })
        entity.setOrientation(handles[i + 1], { (frame * 3) % 360, i * 10, frame / 8 })
        if frame % 30 == i then
            entity.setColor(handles[i + 1], { (frame * 2) % 256, i * 20, 255 - i * 20, 200 })
        end
        entity.setScale(handles[i + 1], 1 + (frame % 5) * 0.125)
    end
    if frame == 60 then
        entity.destroy(table.remove(handles))
    end
    if frame == 90 then
        entity.setActive(handles[1], false)
    end
    camera.setPosition(cam, { -10 + frame * 0.05, 0, 5 })
    camera.setOrientation(cam, { frame % 360, 20, 0 })
end
