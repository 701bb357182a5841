-- entity.destroy: the handle is stale at once, the entity leaves the snapshot, and count follows.
local a = 0
local b = 0
local phase = 0

function init()
    a = entity.createMesh("cube")
    b = entity.createMesh("cube")
    entity.ready(b):next(function()
        tck.equal(entity.count(), 2, "count with two entities")
        entity.destroy(a)
        tck.equal(entity.exists(a), false, "exists() is false at once after destroy")
        tck.equal(entity.exists(b), true, "the other entity lives on")
        phase = 1
    end)
end

function update(dt)
    if phase == 1 and tck.state(a) == nil then
        tck.equal(entity.count(), 1, "count after destroy")
        tck.equal(tck.state(b) == nil, false, "the other entity is still in the snapshot")
        phase = 2
        tck.done()
        engine.quit()
    end
end
