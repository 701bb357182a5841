-- An error in a deferred-result callback is reported with this file and line; the game goes on.
local frames = 0
local called = false

function init()
    tck.expectError(10, "boom in callback")
    local h = entity.createMesh("cube")
    entity.ready(h, function(value, err)
        called = true
        error("boom in callback")
    end)
end

function update(dt)
    frames = frames + 1
    if called and frames > 3 then
        tck.done()
        engine.quit()
    end
end
