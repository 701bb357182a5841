-- debug.text, worldText, line, box, sphere and clear accept good calls and reject bad ones. (The bound interface
-- `debug` takes the global of Lua's debug library, which scripts do not get.)
local FILE = "debug.lua"

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

function init()
    debug.text("hello", { 10, 20 })
    debug.text("timed", { 10, 40 }, { color = { 255, 0, 0, 255 }, duration = 0.5, size = 24 })
    debug.line({ 0, 0, 0 }, { 1, 1, 1 })
    debug.line({ 0, 0, 0 }, { 0, 0, 5 }, { color = { 0, 255, 0, 255 }, duration = 2 })
    debug.worldText("label", { 1, 2, 3 })
    debug.worldText("timed", { 0, 0, 1 }, { color = { 0, 0, 255, 255 }, duration = 1, size = 20 })
    debug.box({ 0, 0, 0 }, { 1, 2, 3 })
    debug.box({ 1, 1, 1 }, { 0.5, 0.5, 0.5 }, { color = { 255, 0, 0, 128 }, duration = 0.25 })
    debug.sphere({ 0, 0, 2 }, 1.5)
    debug.sphere({ 2, 0, 0 }, 0.5, { color = { 0, 255, 255, 255 }, duration = 3 })
    expect_error(function() debug.text(42, { 0, 0 }) end, { "debug.text", "text=42" })
    expect_error(function() debug.text("x", { 0, 0, 0 }) end, { "debug.text", "position=[0, 0, 0]" })
    expect_error(function() debug.text("x", { 0, 0 }, { duration = -1 }) end, { "debug.text",
        "options.duration=-1" })
    expect_error(function() debug.text("x", { 0, 0 }, { size = 0 }) end, { "debug.text", "options.size=0" })
    expect_error(function() debug.line({ 0, 0, 0 }, { 1, 1 }) end, { "debug.line", "to=[1, 1]" })
    expect_error(function() debug.line({ 0, 0 / 0, 0 }, { 1, 1, 1 }) end, { "debug.line", "from=[0, NaN, 0]" })
    expect_error(function() debug.worldText("x", { 0, 0 }) end, { "debug.worldText", "position=[0, 0]" })
    expect_error(function() debug.worldText("x", { 0, 0 / 0, 0 }) end, { "debug.worldText",
        "position=[0, NaN, 0]" })
    expect_error(function() debug.worldText(true, { 0, 0, 0 }) end, { "debug.worldText", "text=true" })
    expect_error(function() debug.worldText("x", { 0, 0, 0 }, { duration = -0.5 }) end, { "debug.worldText",
        "options.duration=-0.5" })
    expect_error(function() debug.worldText("x", { 0, 0, 0 }, { size = -3 }) end, { "debug.worldText",
        "options.size=-3" })
    expect_error(function() debug.box({ 0, 0, 0 }, { 1, 0, 1 }) end, { "debug.box", "size=[1, 0, 1]" })
    expect_error(function() debug.box({ 0, 0, 0 }, "big") end, { "debug.box", "size=\"big\"" })
    expect_error(function() debug.box({ 1 / 0, 0, 0 }, { 1, 1, 1 }) end, { "debug.box",
        "center=[Infinity, 0, 0]" })
    expect_error(function() debug.box({ 0, 0, 0 }, { 1, 1, 1 }, { duration = -1 }) end, { "debug.box",
        "options.duration=-1" })
    expect_error(function() debug.sphere({ 0, 0, 0 }, -1) end, { "debug.sphere", "radius=-1" })
    expect_error(function() debug.sphere({ 0, 0, 0 }, 0 / 0) end, { "debug.sphere", "radius=NaN" })
    expect_error(function() debug.sphere({ 0, 0, 0 }, "1") end, { "debug.sphere", "radius=\"1\"" })
    expect_error(function() debug.sphere({ 0, 0, 0 }, 1, { color = { 0, 0, 300 } }) end, { "debug.sphere",
        "options.color=[0, 0, 300]" })
    expect_error(function() debug.clear(1) end, { "debug.clear", "too many arguments" })
end

function update(dt)
    frame = frame + 1
    if frame == 3 then
        debug.clear()
        tck.done()
        engine.quit()
    end
end
