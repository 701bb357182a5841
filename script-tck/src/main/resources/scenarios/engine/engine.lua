-- engine.time, frame, log and metrics: values advance between script frames and metrics() has its documented shape.
local lastTime = -1
local lastFrame = -1
local frames = 0

local function isNumber(value)
    return type(value) == "number" and value == value and value ~= math.huge and value ~= -math.huge
end

function update(dt)
    tck.check(isNumber(dt) and dt > 0, "update(dt) receives positive seconds, got " .. tostring(dt))
    local time = engine.time()
    local frame = engine.frame()
    tck.check(time > lastTime, "engine.time() advances: " .. time .. " after " .. lastTime)
    tck.check(frame > lastFrame, "engine.frame() advances: " .. frame .. " after " .. lastFrame)
    lastTime = time
    lastFrame = frame
    engine.log("frame " .. frame)
    engine.log({ "any", "value", 1 })
    frames = frames + 1
    if frames == 5 then
        local m = engine.metrics()
        for _, key in ipairs({ "frames", "scriptFrames", "frameSkips", "fps", "scriptErrors", "entities" }) do
            tck.check(isNumber(m[key]), "metrics()." .. key .. " is a number")
        end
        for _, key in ipairs({ "submitted", "applied", "rejected" }) do
            tck.check(isNumber(m.commands[key]), "metrics().commands." .. key .. " is a number")
        end
        tck.check(isNumber(m.snapshot.publishes), "metrics().snapshot.publishes is a number")
        tck.check(type(m.scriptMode) == "string", "metrics().scriptMode is a string")
        local ok, err = pcall(function() engine.log() end)
        if ok then
            tck.check(false, "engine.log() without a message must fail")
        else
            tck.check(type(err) == "string" and err:find("^engine%.lua:%d+: engine%.log: ") ~= nil,
                "engine.log() raises a string error positioned at the call in engine.lua: " .. tostring(err))
            tck.mentions(tostring(err), { "engine.log", "missing argument message" })
        end
        tck.done()
        engine.quit()
    end
end
