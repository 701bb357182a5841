-- update never returns in frames 3-5: interrupted each time, paused after the third, resumed by the test.
local frames = 0

function update(dt)
    frames = frames + 1
    if frames >= 3 and frames <= 5 then
        while true do end -- @runaway
    end
    if frames == 8 then
        sink.put("after", frames)
        engine.quit()
    end
end
