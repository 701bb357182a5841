-- The old code of the hot-reload kit: counts frames, holds an entity handle and a pending result, saves its state.
local util = require("util")
local handle = nil
local frames = 0

function init()
    handle = entity.createMesh("cube", { position = { 1, 2, 3 } })
    probe.never(function(value, err) probe.put("rejected", tostring(err)) end)
end

function update(dt)
    frames = frames + 1
    probe.put("frames", frames)
end

function onSave()
    return { handle = handle, frames = frames, tag = util.tag(), list = { 1, "two", true }, map = { a = 1.5 } }
end
