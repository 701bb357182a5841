// The game-folder kit: modules come from the game folder and nothing outside it; files only with read-game-files.
const util = require("./util.js");

function attempt(f) {
    try {
        return "OK " + String(f());
    } catch (e) {
        return "ERR " + e.name + ": " + e.message;
    }
}

function tagged() {
    return util.tag("x");
}

function escapes(outside) {
    return [
        attempt(() => require("../outside/secret.js").secret),
        attempt(() => require(outside + "/secret.js").secret),
        attempt(() => require("./link.js").secret),
    ];
}

function readFile(path) {
    return attempt(() => read(path));
}

function forbidden() {
    return [
        attempt(() => Java.type("java.lang.System")),
        attempt(() => Polyglot.eval("python", "1")),
        attempt(() => load("main.js")),
        attempt(() => process.env.HOME),
    ];
}
