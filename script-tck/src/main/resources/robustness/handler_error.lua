-- An error in a polyframe.spawn task after polyframe.await, the idiomatic Lua deferred handler.
local frames = 0

function init()
    local h = entity.createMesh("cube")
    polyframe.spawn(function()
        polyframe.await(entity.ready(h))
        error("boom in handler") -- @error
    end)
end

function update(dt)
    frames = frames + 1
    if frames == 20 then
        engine.quit()
    end
end
