-- Scripted benchmark workload (polyframe bench scripted): the orbit of bench/orbit.js in Lua, with the same
-- constants (indices shifted to 1-based).
local config = bench.config()
local N = config.n
local BULK = config.bulk
local handles, angle, radius, speed, values = {}, {}, {}, {}, {}
local cos, sin = math.cos, math.sin
local setPosition, setPositions = entity.setPosition, entity.setPositions

function init()
    for i = 1, N do
        handles[i] = entity.createMesh("cube")
        angle[i] = (i - 1) * 0.01
        radius[i] = 5 + ((i - 1) % 100) * 0.1
        speed[i] = 0.5 + ((i - 1) % 7) * 0.1
    end
end

function update(dt)
    if BULK then
        for i = 1, N do
            local a = angle[i] + speed[i] * dt
            angle[i] = a
            local r = radius[i]
            values[3 * i - 2] = r * cos(a)
            values[3 * i - 1] = r * sin(a)
            values[3 * i] = 0.001 * (i - 1)
        end
        setPositions(handles, values)
        return
    end
    for i = 1, N do
        local a = angle[i] + speed[i] * dt
        angle[i] = a
        local r = radius[i]
        setPosition(handles[i], { r * cos(a), r * sin(a), 0.001 * (i - 1) })
    end
end
