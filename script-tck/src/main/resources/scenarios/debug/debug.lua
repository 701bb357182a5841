-- debug.text, debug.line and debug.clear accept good calls and reject bad ones. (The bound interface `debug` takes
-- the global of Lua's debug library, which scripts do not get.)
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
    expect_error(function() debug.text(42, { 0, 0 }) end, { "debug.text", "text=42" })
    expect_error(function() debug.text("x", { 0, 0, 0 }) end, { "debug.text", "position=[0, 0, 0]" })
    expect_error(function() debug.text("x", { 0, 0 }, { duration = -1 }) end, { "debug.text",
        "options.duration=-1" })
    expect_error(function() debug.text("x", { 0, 0 }, { size = 0 }) end, { "debug.text", "options.size=0" })
    expect_error(function() debug.line({ 0, 0, 0 }, { 1, 1 }) end, { "debug.line", "to=[1, 1]" })
    expect_error(function() debug.line({ 0, 0 / 0, 0 }, { 1, 1, 1 }) end, { "debug.line", "from=[0, NaN, 0]" })
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
