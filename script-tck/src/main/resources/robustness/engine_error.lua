-- A command that fails on the main thread (entity capacity 2): an error event from the engine, and a rejection.
local frames = 0

function init()
    entity.createMesh("cube")
    entity.createMesh("cube")
    local third = entity.createMesh("cube")
    entity.ready(third, function(value, err)
        if err ~= nil then
            sink.count("rejected")
        end
    end)
end

function update(dt)
    frames = frames + 1
    if frames == 20 then
        engine.quit()
    end
end
