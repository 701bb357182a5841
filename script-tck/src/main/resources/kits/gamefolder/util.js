exports.tag = (s) => "util:" + s + ":" + require("./sub/helper.js").n;
