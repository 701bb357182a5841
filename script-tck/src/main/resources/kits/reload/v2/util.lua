local M = {}
function M.tag() return "v2-util" end
return M
