-- modgame: imports a module from its folder, reads level.txt (permission "read-game-files"), and keeps its cubes
-- across hot reloads. Try: ./polyframe run sample-games/examples/modgame --lang lua --watch, then edit ring.lua.
local ring = require("ring")
local cubes = {}
local t = 0

function init()
    local count = tonumber(io.lines("level.txt")())
    for i = 0, count - 1 do
        cubes[#cubes + 1] = entity.createMesh("cube", { position = ring.place(i, count, 0), color = { 80, 160, 255, 255 } })
    end
    camera.setActive(camera.create({ position = { -14, 0, 8 }, orientation = { 0, 30, 0 }, fov = 60 }))
end

function update(dt)
    t = t + dt
    for i, h in ipairs(cubes) do
        entity.setPosition(h, ring.place(i - 1, #cubes, t))
    end
end

function onSave()
    return { cubes = cubes, t = t }
end

function onLoad(state)
    cubes = state.cubes
    t = state.t
end
