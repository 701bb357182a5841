-- entity.ready: resolves only once the entity is in the snapshot (task and callback forms), rejects when the
-- entity is destroyed before it became visible.
local settled = 0

local function finish()
    settled = settled + 1
    if settled == 3 then
        tck.done()
        engine.quit()
    end
end

function init()
    local h = entity.createMesh("cube")
    -- task form: polyframe.await returns the value once the result settles
    polyframe.spawn(function()
        local value = polyframe.await(entity.ready(h))
        tck.equal(value, h, "ready resolves with the handle")
        tck.check(tck.state(h) ~= nil, "the entity is in the snapshot when ready resolves")
        finish()
    end)
    -- callback form: a trailing function(value, err)
    local k = entity.createMesh("cube")
    entity.ready(k, function(value, err)
        tck.equal(value, k, "callback value")
        tck.equal(err, nil, "callback error on success")
        tck.check(tck.state(k) ~= nil, "the entity is in the snapshot when the callback runs")
        finish()
    end)
    -- rejection: polyframe.await raises it at the await, a string error pcall catches
    local gone = entity.createMesh("cube")
    local result = entity.ready(gone)
    entity.destroy(gone)
    polyframe.spawn(function()
        local ok, err = pcall(function()
            local value = polyframe.await(result)
            return value
        end)
        if ok then
            tck.check(false, "ready of an entity destroyed first must reject")
            return
        end
        tck.check(type(err) == "string" and err:find("^ready%.lua:%d+: entity%.ready: ") ~= nil,
            "the rejection is a string error raised at the await in ready.lua: " .. tostring(err))
        tck.mentions(tostring(err), { "entity.ready", "handle=" .. gone, "destroyed" })
        finish()
    end)
end
