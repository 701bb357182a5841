local helper = require("sub.helper")
local M = {}
function M.tag(s)
    return "util:" .. s .. ":" .. helper.n
end
return M
