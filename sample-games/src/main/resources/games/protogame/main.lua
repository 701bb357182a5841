-- protogame: the default Polyframe sample, playable.
-- A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, and a camera you fly:
-- W/A/S/D move, drag with the left mouse button to look around, SPACE spawns a sphere ahead, R resets.
-- FPS and entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.

local ORBITERS = 24
local START_POSITION = { -16, 0, 8 }
local START_YAW = 0
local START_PITCH = 26
local MOVE_SPEED = 8      -- world units per second
local LOOK_SPEED = 0.2    -- degrees per pixel of mouse drag
local SPAWN_DISTANCE = 6  -- world units ahead of the camera

local orbiters = {}
local spawned = {}
local cam
local position = { START_POSITION[1], START_POSITION[2], START_POSITION[3] }
local yaw = START_YAW
local pitch = START_PITCH
local elapsed = 0
local fps = 0

-- Rounds half up, like JavaScript's Math.round.
local function round(x)
    return math.floor(x + 0.5)
end

-- Hue in [0, 1) to an {r, g, b, a} colour with integer channels 0-255.
local function hueColor(hue)
    local function k(n)
        return (n + hue * 6) % 6
    end
    local function f(n)
        return 1 - math.max(0, math.min(k(n), 4 - k(n), 1))
    end
    return { round(f(5) * 255), round(f(3) * 255), round(f(1) * 255), 255 }
end

-- Unit view direction: yaw 0 looks along +X, positive yaw turns left (+Y), positive pitch looks down.
local function forward()
    local y = math.rad(yaw)
    local p = math.rad(pitch)
    return { math.cos(y) * math.cos(p), math.sin(y) * math.cos(p), -math.sin(p) }
end

function init()
    entity.createMesh("grid", { position = { 0, 0, 0 }, color = { 110, 130, 150, 255 }, scale = 1 })
    for i = 0, ORBITERS - 1 do
        local ring = i % 3
        orbiters[#orbiters + 1] = {
            handle = entity.createMesh(i % 2 == 0 and "cube" or "sphere", {
                position = { 3 + ring * 2, 0, 1 },
                scale = 0.9,
                color = hueColor(i / ORBITERS),
            }),
            radius = 3 + ring * 2,
            height = 0.8 + ring * 0.9,
            speed = 0.6 - ring * 0.15,
            phase = (i / ORBITERS) * math.pi * 2,
        }
    end
    cam = camera.create({ position = position, orientation = { yaw, pitch, 0 }, fov = 60 })
    camera.setActive(cam)
    -- A task waits for the last orbiter to be visible; a rejection would be raised here and reported.
    polyframe.spawn(function()
        polyframe.await(entity.ready(orbiters[ORBITERS].handle))
        engine.log("protogame: " .. entity.count() .. " entities visible at frame " .. engine.frame())
    end)
end

local function fly(dt)
    if input.isMouseDown("left") then
        local delta = input.mouseDelta()
        yaw = yaw - delta[1] * LOOK_SPEED
        pitch = math.max(-89, math.min(89, pitch + delta[2] * LOOK_SPEED))
    end
    local f = forward()
    local y = math.rad(yaw)
    local right = { math.sin(y), -math.cos(y), 0 }
    local ahead = 0
    local side = 0
    if input.isKeyDown("W") then ahead = ahead + 1 end
    if input.isKeyDown("S") then ahead = ahead - 1 end
    if input.isKeyDown("D") then side = side + 1 end
    if input.isKeyDown("A") then side = side - 1 end
    local step = MOVE_SPEED * dt
    for i = 1, 3 do
        position[i] = position[i] + (f[i] * ahead + right[i] * side) * step
    end
    if input.wasKeyPressed("SPACE") then
        spawned[#spawned + 1] = entity.createMesh("sphere", {
            position = { position[1] + f[1] * SPAWN_DISTANCE, position[2] + f[2] * SPAWN_DISTANCE,
                position[3] + f[3] * SPAWN_DISTANCE },
            scale = 0.7,
            color = hueColor((#spawned * 0.137) % 1),
        })
    end
    if input.wasKeyPressed("R") then
        for _, h in ipairs(spawned) do
            entity.destroy(h)
        end
        spawned = {}
        position = { START_POSITION[1], START_POSITION[2], START_POSITION[3] }
        yaw = START_YAW
        pitch = START_PITCH
    end
    camera.setPosition(cam, position)
    camera.setOrientation(cam, { yaw, pitch, 0 })
end

function update(dt)
    elapsed = elapsed + dt
    for _, o in ipairs(orbiters) do
        local a = o.phase + elapsed * o.speed
        entity.setPosition(o.handle, { math.cos(a) * o.radius, math.sin(a) * o.radius, o.height })
        entity.setOrientation(o.handle, { math.deg(a), 0, 0 })
    end
    fly(dt)
    if engine.frame() % 30 == 0 then
        fps = engine.metrics().fps
    end
end

function render()
    debug.text(string.format("FPS %.0f   entities %d", fps, entity.count()), { 12, 12 },
        { color = { 255, 255, 255, 255 }, size = 16 })
    debug.text("protogame (Lua)   WASD fly, drag to look, SPACE sphere, R reset, F3 stats", { 12, 36 },
        { color = { 255, 210, 80, 255 }, size = 16 })
end
