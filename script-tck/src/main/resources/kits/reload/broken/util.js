exports.tag = () => "v1-util";
