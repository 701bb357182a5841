-- entity.setPositions, setOrientations, setColors and getPositions: flat numeric data (sequence tables), one call for
-- many entities. Same result as the single calls; every bad-argument class raises one error naming the first bad
-- index (0-based, as in every language), and a rejected call changes nothing.
local function expectError(call, fragments)
    local ok, err = pcall(call)
    tck.check(not ok, table.concat(fragments, " ") .. ": no error raised")
    if not ok then
        tck.mentions(tostring(err), fragments)
    end
end

local hs = {}
local single = 0
local frames = 0
local moved = false

function init()
    for i = 1, 3 do
        hs[i] = entity.createMesh("cube")
    end
    single = entity.createMesh("cube")
    local dead = entity.createMesh("cube")
    entity.destroy(dead)
    local before = entity.getPositions(hs)
    tck.equal(#before, 9, "three numbers per handle")
    tck.check(before[1] ~= before[1], "NaN until the entity is visible in the snapshot")
    entity.setPositions(hs, { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
    entity.setOrientations(hs, { 10, 20, 30, 40, 50, 60, 70, 80, 90 })
    entity.setColors(hs, { 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0.5 })
    entity.setPositions({}, {})
    -- parity: the same values through the single calls
    entity.setPosition(single, { 1, 2, 3 })
    entity.setOrientation(single, { 10, 20, 30 })
    entity.setColor(single, { 255, 0, 0, 255 })
    -- type and arity
    expectError(function() entity.setPositions(hs, "up") end, { "entity.setPositions", "values=\"up\"" })
    expectError(function() entity.setPositions(hs, { 1, 2, "3", 4, 5, 6, 7, 8, 9 }) end,
        { "entity.setPositions", "values[2]=\"3\" must be a number" })
    expectError(function() entity.setPositions(hs) end, { "entity.setPositions", "missing argument values" })
    expectError(function() entity.setPositions(hs, { 1, 2, 3 }) end,
        { "entity.setPositions", "values.length=3, expected", "= 9" })
    expectError(function() entity.getPositions(7) end, { "entity.getPositions", "handles=7" })
    -- NaN, infinity and range
    expectError(function() entity.setPositions(hs, { 0, 0, 0, 0, 0 / 0, 0, 0, 0, 0 }) end,
        { "entity.setPositions", "values[4] is NaN" })
    expectError(function() entity.setOrientations(hs, { 0, 0, 0, 0, 0, 0, 0, 0, math.huge }) end,
        { "entity.setOrientations", "values[8] is Infinity" })
    expectError(function() entity.setColors(hs, { 0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0 }) end,
        { "entity.setColors", "values[2]=1.5", "0..1" })
    -- stale, unknown and malformed handles
    expectError(function() entity.setPositions({ hs[1], dead }, { 0, 0, 0, 0, 0, 0 }) end,
        { "entity.setPositions", "handles[1]=" .. dead, "destroyed" })
    expectError(function() entity.setColors({ 9999 }, { 0, 0, 0, 0 }) end,
        { "entity.setColors", "handles[0]=9999", "unknown" })
    expectError(function() entity.getPositions({ 1.5 }) end, { "entity.getPositions", "handles[0]=1.5" })
end

function update(dt)
    frames = frames + 1
    tck.check(frames < 200, "the bulk commands became visible within 200 script frames")
    local last = tck.state(hs[3])
    if not moved and last ~= nil and last.color[4] == 128 and tck.state(single) ~= nil then
        tck.equal(tck.state(hs[1]).position, { 1, 2, 3 }, "position after setPositions")
        tck.equal(tck.state(hs[2]).orientation, { 40, 50, 60 }, "orientation after setOrientations")
        tck.equal(last.color, { 0, 0, 255, 128 }, "colour after setColors: fractions of 255, rounded")
        local a = tck.state(hs[1])
        local b = tck.state(single)
        tck.equal({ a.position, a.orientation, a.color }, { b.position, b.orientation, b.color },
            "bulk and single calls give the same state")
        tck.equal(entity.getPositions(hs), { 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "getPositions")
        entity.setPositions({ hs[2] }, { -1.5, 0.25, 100 })
        moved = true
    elseif moved and tck.state(hs[2]).position[1] == -1.5 then
        tck.equal(entity.getPositions({ hs[2], hs[1] }), { -1.5, 0.25, 100, 1, 2, 3 },
            "getPositions after a second move, in the order asked")
        tck.done()
        engine.quit()
    end
end
