-- entity.createMesh's camera option: "world" (default) or "screen", visible in the snapshot; bad values raise.
local FILE = "screen_camera.lua"

-- Runs call, which must raise a string error positioned in this file at the call of fragments[1] (the method) and
-- mentioning every fragment.
local function expect_error(call, fragments)
    local ok, err = pcall(call)
    if ok then
        tck.check(false, table.concat(fragments, " ") .. ": no error raised")
        return
    end
    if type(err) ~= "string" then
        tck.check(false, fragments[1] .. ": raised a " .. type(err) .. ", expected a string error")
        return
    end
    local prefix = "^" .. FILE:gsub("%p", "%%%0") .. ":%d+: " .. fragments[1]:gsub("%p", "%%%0") .. ": "
    tck.check(err:find(prefix) ~= nil, fragments[1] .. ": \"" .. err .. "\" is not positioned at the call in "
        .. FILE)
    tck.mentions(err, fragments)
end

local frame = 0
local hud, world, plain
local visible = 0

local function onReady(handle, err)
    tck.check(err == nil, "ready without error: " .. tostring(err))
    visible = visible + 1
    if visible < 3 then
        return
    end
    tck.equal(tck.meshCamera(hud), "screen", "the screen mesh's camera in the snapshot")
    tck.equal(tck.meshCamera(world), "world", "an explicit world camera")
    tck.equal(tck.meshCamera(plain), "world", "world is the default")
    tck.equal(tck.state(hud).position, { 100, 50, 0 }, "a screen mesh's position is in pixels, stored as given")
    tck.equal(entity.count(), 3, "a failed call created nothing")
    tck.done()
    engine.quit()
end

function init()
    hud = entity.createMesh("plane", { position = { 100, 50, 0 }, scale = 40, color = { 0, 255, 0, 255 },
        camera = "screen" })
    world = entity.createMesh("cube", { camera = "world" })
    plain = entity.createMesh("sphere")
    expect_error(function() entity.createMesh("cube", { camera = "hud" }) end, { "entity.createMesh",
        "options.camera=\"hud\"" })
    expect_error(function() entity.createMesh("cube", { camera = 1 }) end, { "entity.createMesh",
        "options.camera=1" })
    entity.ready(hud, onReady)
    entity.ready(world, onReady)
    entity.ready(plain, onReady)
end

function update(dt)
    frame = frame + 1
    tck.check(frame < 100, "the entities became visible within 100 script frames")
end
