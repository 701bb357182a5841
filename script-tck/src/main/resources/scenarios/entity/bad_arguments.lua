-- Every bad-argument class raises an error at the call (wrong type or arity; NaN, infinity, out of range, unknown
-- name; stale or unknown handle) naming method, parameter and value, and changes nothing. Lua has no error classes:
-- every kind is a string error positioned at the script's call ("bad_arguments.lua:LINE: entity.setPosition: ...").
local FILE = "bad_arguments.lua"

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

local h = 0

function init()
    h = entity.createMesh("cube", { position = { 1, 1, 1 } })
    local dead = entity.createMesh("cube")
    entity.destroy(dead)
    -- type
    expect_error(function() entity.setPosition(h, "up") end, { "entity.setPosition", "position=\"up\"" })
    expect_error(function() entity.createMesh(42) end, { "entity.createMesh", "meshType=42" })
    expect_error(function() entity.setActive(h, "yes") end, { "entity.setActive", "active=\"yes\"" })
    expect_error(function() entity.createMesh("cube", { colour = { 1, 2, 3 } }) end, { "entity.createMesh",
        "options.colour=[1, 2, 3]", "not an option" })
    -- arity
    expect_error(function() entity.setPosition(h) end, { "entity.setPosition", "missing argument position" })
    expect_error(function() entity.setPosition(h, { 1, 2, 3 }, 4) end, { "entity.setPosition",
        "too many arguments", "extra value=4" })
    expect_error(function() entity.setPosition(h, { 1, 2, 3, 4 }) end, { "entity.setPosition",
        "position=[1, 2, 3, 4]" })
    -- NaN and infinity
    expect_error(function() entity.setPosition(h, { 1, 0 / 0, 3 }) end, { "entity.setPosition",
        "position=[1, NaN, 3]" })
    expect_error(function() entity.setOrientation(h, { math.huge, 0, 0 }) end, { "entity.setOrientation",
        "orientation=[Infinity, 0, 0]" })
    expect_error(function() entity.setScale(h, 0 / 0) end, { "entity.setScale", "scale=NaN" })
    -- range
    expect_error(function() entity.createMesh("teapot") end, { "entity.createMesh", "meshType=\"teapot\"" })
    expect_error(function() entity.setScale(h, -1) end, { "entity.setScale", "scale=-1" })
    expect_error(function() entity.setColor(h, { 0, 0, 256, 0 }) end, { "entity.setColor", "color=[0, 0, 256, 0]" })
    expect_error(function() entity.createMesh("cube", { scale = 0 }) end, { "entity.createMesh", "options.scale=0" })
    -- stale and unknown handles
    expect_error(function() entity.setPosition(dead, { 0, 0, 0 }) end, { "entity.setPosition", "handle=" .. dead,
        "destroyed" })
    expect_error(function() entity.destroy(dead) end, { "entity.destroy", "destroyed" })
    expect_error(function() entity.setColor(9999, { 0, 0, 0, 0 }) end, { "entity.setColor", "handle=9999",
        "unknown" })
    expect_error(function() entity.ready(9999) end, { "entity.ready", "handle=9999" })
    expect_error(function() entity.getPosition(1.5) end, { "entity.getPosition", "handle=1.5" })
    tck.equal(entity.exists(9999), false, "exists() of an unknown handle is false, not an error")
    entity.ready(h):next(function()
        tck.equal(entity.count(), 1, "only the good entity exists: failed calls created nothing")
        tck.equal(tck.state(h).position, { 1, 1, 1 }, "failed calls changed nothing")
        tck.done()
        engine.quit()
    end)
end
