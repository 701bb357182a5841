local M = {}
function M.tag() return "v1-util" end
return M
