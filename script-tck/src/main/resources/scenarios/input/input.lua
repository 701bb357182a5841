-- input.isKeyDown, wasKeyPressed, wasKeyReleased, mousePosition, mouseDelta, isMouseDown and wheelDelta, with their
-- bad arguments. Input asked for with tck.keyDown/tap/mouseMove/... in script frame n is what frame n + 1 reads.
local FILE = "input.lua"

-- Runs call, which must raise a string error positioned in this file at the call of fragments[1] (the method) and
-- mentioning every fragment.
local function expect_error(call, fragments)
    local ok, err = pcall(call)
    if ok then
        tck.check(false, table.concat(fragments, " ") .. ": no error raised")
        return
    end
    if type(err) ~= "string" then
        tck.check(false, fragments[1] .. ": raised a " .. type(err) .. ", expected a string error")
        return
    end
    local prefix = "^" .. FILE:gsub("%p", "%%%0") .. ":%d+: " .. fragments[1]:gsub("%p", "%%%0") .. ": "
    tck.check(err:find(prefix) ~= nil, fragments[1] .. ": \"" .. err .. "\" is not positioned at the call in "
        .. FILE)
    tck.mentions(err, fragments)
end

local frame = 0

function init()
    tck.equal(input.isKeyDown("W"), false, "no key is down before any input")
    tck.equal(input.mousePosition(), { 0, 0 }, "the cursor is at [0, 0] before any report")
    expect_error(function() input.isKeyDown("W2") end, { "input.isKeyDown", "name=\"W2\"", "not a key name" })
    expect_error(function() input.wasKeyPressed(87) end, { "input.wasKeyPressed", "name=87" })
    expect_error(function() input.wasKeyReleased() end, { "input.wasKeyReleased", "missing argument name" })
    expect_error(function() input.isMouseDown("back") end, { "input.isMouseDown", "button=\"back\"" })
    expect_error(function() input.isMouseDown(0) end, { "input.isMouseDown", "button=0" })
    expect_error(function() input.mousePosition(1) end, { "input.mousePosition", "too many arguments" })
    expect_error(function() input.mouseDelta("x") end, { "input.mouseDelta", "too many arguments" })
    expect_error(function() input.wheelDelta(true) end, { "input.wheelDelta", "too many arguments" })
    tck.keyDown("W")
    tck.tap("SPACE")
    tck.mouseMove(100, 50)
    tck.mouseButton("left", true)
    tck.scroll(2)
end

function update(dt)
    frame = frame + 1
    if frame == 1 then
        tck.equal(input.wasKeyPressed("W"), false, "frame 1 runs before the injected input is published")
    elseif frame == 2 then
        tck.equal(input.isKeyDown("W"), true, "W is held")
        tck.equal(input.wasKeyPressed("W"), true, "W went down since the previous script frame")
        tck.equal(input.isKeyDown("SPACE"), false, "a tap is over by the publish")
        tck.equal(input.wasKeyPressed("SPACE"), true, "the tap's press is not lost")
        tck.equal(input.wasKeyReleased("SPACE"), true, "nor its release")
        tck.equal(input.mousePosition(), { 100, 50 }, "the cursor position in pixels")
        tck.equal(input.mouseDelta(), { 0, 0 }, "the first cursor report is no motion")
        tck.equal(input.isMouseDown("left"), true, "the left button is held")
        tck.equal(input.isMouseDown("right"), false, "the right button is not")
        tck.equal(input.wheelDelta(), 2, "two wheel steps")
        tck.mouseMove(110, 45)
    elseif frame == 3 then
        tck.equal(input.isKeyDown("w"), true, "lower-case names work")
        tck.equal(input.wasKeyPressed("W"), false, "a held key is pressed once")
        tck.equal(input.wasKeyPressed("SPACE"), false, "edges last one script frame")
        tck.equal(input.mouseDelta(), { 10, -5 }, "motion since the previous script frame")
        tck.equal(input.wheelDelta(), 0, "no wheel motion since the previous script frame")
        tck.keyUp("W")
        tck.mouseButton("left", false)
    elseif frame == 4 then
        tck.equal(input.isKeyDown("W"), false, "W is up")
        tck.equal(input.wasKeyReleased("W"), true, "W went up since the previous script frame")
        tck.equal(input.isMouseDown("middle"), false, "the middle button is not held")
        tck.equal(input.isMouseDown("left"), false, "the left button was released")
        tck.equal(input.mousePosition(), { 110, 45 }, "the cursor stays where it was")
    elseif frame == 5 then
        tck.equal(input.wasKeyReleased("W"), false, "a release is reported once")
        tck.done()
        engine.quit()
    end
end
