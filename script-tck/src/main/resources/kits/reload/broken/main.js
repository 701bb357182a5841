// The hot-reload kit's broken new code: a syntax error on line 3.
const util = require("./util.js");
function update(dt) { let = = 1; }
