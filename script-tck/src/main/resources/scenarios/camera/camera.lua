-- camera.create, setPosition, setOrientation, setActive and destroy, with their bad arguments.
local FILE = "camera.lua"

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

function init()
    local cam = camera.create({ position = { -10, 0, 6 }, orientation = { 0, 20, 0 }, type = "world", fov = 75 })
    local other = camera.create({})
    tck.check(cam > 0 and other == cam + 1, "camera handles are positive consecutive integers")
    camera.setPosition(cam, { -5, 1, 2 })
    camera.setOrientation(cam, { 45, 10, 0 })
    camera.setActive(cam)
    camera.destroy(other)
    expect_error(function() camera.create({ fov = "wide" }) end, { "camera.create", "options.fov=\"wide\"" })
    expect_error(function() camera.create({ fov = 0 }) end, { "camera.create", "options.fov=0" })
    expect_error(function() camera.create({ type = "fisheye" }) end, { "camera.create", "options.type=\"fisheye\"" })
    expect_error(function() camera.setPosition(cam, { 0, 0 / 0, 0 }) end, { "camera.setPosition",
        "position=[0, NaN, 0]" })
    expect_error(function() camera.setOrientation(cam) end, { "camera.setOrientation",
        "missing argument orientation" })
    expect_error(function() camera.setActive(other) end, { "camera.setActive", "handle=" .. other })
    expect_error(function() camera.destroy(other) end, { "camera.destroy", "handle=" .. other })
    local h = entity.createMesh("cube")
    expect_error(function() camera.setPosition(h, { 0, 0, 0 }) end, { "camera.setPosition", "not a live camera" })
    entity.ready(h):next(function()
        -- Commands apply in order: once h is visible, so is everything the cameras were told before.
        tck.equal(tck.state(cam), { position = { -5, 1, 2 }, orientation = { 45, 10, 0 }, fov = 75, type = "world",
            active = true }, "the camera's record in the snapshot")
        tck.equal(tck.state(other), nil, "a destroyed camera leaves the snapshot")
        tck.equal(entity.count(), 1, "cameras are not counted as entities")
        tck.done()
        engine.quit()
    end)
end
