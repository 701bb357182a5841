-- An error in update is reported with this file and line; the next script frames still run.
local frames = 0

function init()
    tck.expectError(11, "boom in update")
end

function update(dt)
    frames = frames + 1
    if frames == 2 then
        error("boom in update")
    end
    if frames == 4 then
        tck.done()
        engine.quit()
    end
end
