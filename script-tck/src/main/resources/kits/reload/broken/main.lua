-- The hot-reload kit's broken new code: a syntax error on line 3.
local util = require("util")
function update(dt) local = 1 end
