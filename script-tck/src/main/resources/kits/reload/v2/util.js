exports.tag = () => "v2-util";
