-- The game-folder kit: modules come from the game folder and nothing outside it; files only with read-game-files.
local util = require("util")

local function attempt(f)
    local ok, result = pcall(f)
    if ok then
        return "OK " .. tostring(result)
    end
    return "ERR " .. tostring(result)
end

function tagged()
    return util.tag("x")
end

function escapes(outside)
    return {
        attempt(function() return require("../outside/secret").secret end),
        attempt(function() return require(outside .. "/secret").secret end),
        attempt(function() return require("link").secret end),
    }
end

function readFile(path)
    return attempt(function()
        local file = assert(io.open(path, "r"))
        local text = file:read("*a")
        file:close()
        return text
    end)
end

function writeFile(path)
    return attempt(function()
        local file = assert(io.open(path, "w"))
        file:write("x")
        file:close()
        return "written"
    end)
end

function forbidden()
    return {
        attempt(function() return luajava.bindClass("java.lang.System") end),
        attempt(function() return os.execute("ls") end),
        attempt(function() return io.popen("ls") end),
        attempt(function() return debug.getinfo(1) end),
        attempt(function() return dofile("main.lua") end),
    }
end
