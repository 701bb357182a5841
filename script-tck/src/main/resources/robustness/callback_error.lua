-- An error in a trailing function(value, err) callback of a deferred result.
local frames = 0

function init()
    local h = entity.createMesh("cube")
    entity.ready(h, function(value, err)
        error("boom in callback") -- @error
    end)
end

function update(dt)
    frames = frames + 1
    if frames == 20 then
        engine.quit()
    end
end
