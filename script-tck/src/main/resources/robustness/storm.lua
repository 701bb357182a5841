-- The exception storm: update raises in every one of 599 script frames, then quits.
local frames = 0

function update(dt)
    frames = frames + 1
    if frames >= 600 then
        engine.quit()
        return
    end
    error("storm")
end
