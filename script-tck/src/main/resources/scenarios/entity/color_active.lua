-- entity.setColor and entity.setActive reach the snapshot.
local h = 0
local phase = 0

function init()
    h = entity.createMesh("sphere", { color = { 1, 2, 3, 4 } })
    entity.ready(h):next(function()
        tck.equal(tck.state(h).color, { 1, 2, 3, 4 }, "color option")
        tck.equal(tck.state(h).active, true, "active by default")
        entity.setColor(h, { 200, 100, 50, 25 })
        entity.setActive(h, false)
        phase = 1
    end)
end

function update(dt)
    if phase == 1 and tck.state(h).active == false then
        tck.equal(tck.state(h).color, { 200, 100, 50, 25 }, "color after setColor")
        entity.setActive(h, true)
        phase = 2
    elseif phase == 2 and tck.state(h).active == true then
        tck.done()
        engine.quit()
    end
end
