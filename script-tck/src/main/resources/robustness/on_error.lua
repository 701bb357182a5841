-- onError(err) receives the error as a table; an error inside onError is reported, not delivered again.
local frames = 0

function onError(err)
    sink.count("onError")
    sink.put("err", err)
    error("boom in onError") -- @onerror
end

function update(dt)
    frames = frames + 1
    sink.count("update")
    if frames == 2 then
        error("boom in update") -- @error
    end
    if frames == 5 then
        engine.quit()
    end
end
