-- An error in update: reported with every field; the next frames still run.
local frames = 0

function update(dt)
    frames = frames + 1
    sink.count("update")
    if frames == 2 then
        error("boom in update") -- @error
    end
    if frames == 4 then
        engine.quit()
    end
end
