-- protogame: the default Polyframe sample.
-- A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, a camera circling the scene,
-- and FPS plus entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.

local ORBITERS = 24
local CAMERA_DISTANCE = 16
local CAMERA_HEIGHT = 8

local orbiters = {}
local cam
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
    cam = camera.create({ position = { -CAMERA_DISTANCE, 0, CAMERA_HEIGHT }, orientation = { 0, 26, 0 }, fov = 60 })
    camera.setActive(cam)
    -- A task waits for the last orbiter to be visible; a rejection would be raised here and reported.
    polyframe.spawn(function()
        polyframe.await(entity.ready(orbiters[ORBITERS].handle))
        engine.log("protogame: " .. entity.count() .. " entities visible at frame " .. engine.frame())
    end)
end

function update(dt)
    elapsed = elapsed + dt
    for _, o in ipairs(orbiters) do
        local a = o.phase + elapsed * o.speed
        entity.setPosition(o.handle, { math.cos(a) * o.radius, math.sin(a) * o.radius, o.height })
        entity.setOrientation(o.handle, { math.deg(a), 0, 0 })
    end
    -- The camera circles slowly, always looking at the origin: yaw 0 looks along +X.
    local theta = elapsed * 0.15
    camera.setPosition(cam, { -math.cos(theta) * CAMERA_DISTANCE, -math.sin(theta) * CAMERA_DISTANCE, CAMERA_HEIGHT })
    camera.setOrientation(cam, { math.deg(theta), 26, 0 })
    if engine.frame() % 30 == 0 then
        fps = engine.metrics().fps
    end
end

function render()
    debug.text(string.format("FPS %.0f   entities %d", fps, entity.count()), { 12, 12 },
        { color = { 255, 255, 255, 255 }, size = 16 })
    debug.text("protogame (Lua)", { 12, 36 }, { color = { 255, 210, 80, 255 }, size = 16 })
end
