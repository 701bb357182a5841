-- entity.createMesh with every mesh type and every option; entity.ready, exists, count and the snapshot agree.
-- made[i] = { handle, expected snapshot record }
local made = {}
local frame = 0

local function verify(handles)
    local expectedHandles = {}
    for i, m in ipairs(made) do
        expectedHandles[i] = m[1]
    end
    tck.equal(handles, expectedHandles, "ready resolves with the handle")
    for _, m in ipairs(made) do
        tck.equal(tck.state(m[1]), m[2], "snapshot record of entity " .. m[1])
    end
    tck.equal(entity.count(), 4, "count once all are visible")
    tck.equal(entity.getPosition(made[2][1]), { 1, 2, 3 }, "getPosition reads the snapshot")
    tck.done()
    engine.quit()
end

function init()
    tck.equal(entity.count(), 0, "count before any entity is visible")
    made[#made + 1] = { entity.createMesh("cube"), { position = { 0, 0, 0 }, orientation = { 0, 0, 0 }, scale = 1,
        color = { 255, 255, 255, 255 }, active = true } }
    local options = { position = { 1, 2, 3 }, orientation = { 90, -10, 5 }, scale = 2.5, color = { 10, 20, 30, 40 },
        active = false }
    made[#made + 1] = { entity.createMesh("sphere", options), options }
    made[#made + 1] = { entity.createMesh("grid", { position = { -4, 0, 0 } }), { position = { -4, 0, 0 },
        orientation = { 0, 0, 0 }, scale = 1, color = { 255, 255, 255, 255 }, active = true } }
    made[#made + 1] = { entity.createMesh("plane", { color = { 0, 128, 255, 255 } }), { position = { 0, 0, 0 },
        orientation = { 0, 0, 0 }, scale = 1, color = { 0, 128, 255, 255 }, active = true } }
    for _, m in ipairs(made) do
        tck.check(entity.exists(m[1]), "exists() is true at once after createMesh")
        tck.equal(tck.state(m[1]), nil, "not in the snapshot in the frame it was created")
    end
    tck.equal(made[2][1], made[1][1] + 1, "handles are consecutive integers")
    -- Lua has no Promise.all: a task awaits every ready result in turn, then verifies.
    local pendings = {}
    for i, m in ipairs(made) do
        pendings[i] = entity.ready(m[1])
    end
    polyframe.spawn(function()
        local handles = {}
        for i, pending in ipairs(pendings) do
            handles[i] = polyframe.await(pending)
        end
        verify(handles)
    end)
end

function update(dt)
    frame = frame + 1
    tck.check(frame < 100, "the entities became visible within 100 script frames")
end
