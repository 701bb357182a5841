-- A deferred-result callback that never returns: interrupted; later frames run.
local frames = 0

function init()
    local h = entity.createMesh("cube")
    entity.ready(h, function(value, err)
        while true do end -- @runaway
    end)
end

function update(dt)
    frames = frames + 1
    sink.count("update")
    if frames == 30 then
        engine.quit()
    end
end
