-- entity.setPosition, setOrientation and setScale reach the snapshot; getPosition sees only published frames.
-- Commands apply in order, but one script frame's commands may span main frames: wait for the last one.
local h = 0
local frames = 0
local moved = false

function init()
    h = entity.createMesh("cube")
    tck.equal(entity.getPosition(h), nil, "getPosition is nil until the entity is visible")
    entity.setPosition(h, { 4, 5, 6 })
    entity.setOrientation(h, { 30, 45, -60 })
    entity.setScale(h, 0.5)
    tck.equal(entity.getPosition(h), nil, "this frame's own writes are not visible yet")
end

function update(dt)
    frames = frames + 1
    tck.check(frames < 200, "the commands became visible within 200 script frames")
    local state = tck.state(h)
    if not moved and state ~= nil and state.scale == 0.5 then
        tck.equal(state.position, { 4, 5, 6 }, "position after setPosition")
        tck.equal(state.orientation, { 30, 45, -60 }, "orientation after setOrientation")
        tck.equal(entity.getPosition(h), { 4, 5, 6 }, "getPosition")
        entity.setPosition(h, { -1.5, 0.25, 1e6 })
        moved = true
    elseif moved and state.position[1] == -1.5 then
        tck.equal(entity.getPosition(h), { -1.5, 0.25, 1e6 }, "getPosition after a second move")
        tck.done()
        engine.quit()
    end
end
