-- Where cube i of n sits at time t (seconds): a circle of radius 5 world units turning at 0.5 rad/s.
local M = {}

function M.place(i, n, t)
    local angle = 2 * math.pi * i / n + 0.5 * t
    return { 5 * math.cos(angle), 5 * math.sin(angle), 1 }
end

return M
