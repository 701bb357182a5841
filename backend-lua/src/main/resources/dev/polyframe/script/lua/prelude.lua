-- Polyframe Lua prelude: run once per runtime by LuaRuntime, as chunk "polyframe:prelude.lua", whose frames never
-- show in script stacks. It receives the host functions of LuaTasks and defines the global table `polyframe`:
--
--   polyframe.spawn(fn, ...)   runs fn(...) as a task (a coroutine the runtime drives) until it awaits; returns it
--   polyframe.await(pending)   inside a task: waits until the pending result settles, returns its value or raises
--                              its rejection message as a Lua error at the caller
local host = ...
local yield = coroutine.yield
local isPending, inTask, peek, spawn = host.isPending, host.inTask, host.peek, host.spawn

polyframe = {}

function polyframe.spawn(fn, ...)
    if type(fn) ~= "function" then
        error("polyframe.spawn: fn=" .. tostring(fn) .. " must be a function", 2)
    end
    return spawn(fn, ...)
end

function polyframe.await(pending)
    if not isPending(pending) then
        error("polyframe.await: pending=" .. tostring(pending)
            .. " is not a pending result (deferred API methods such as entity.ready return one)", 2)
    end
    if not inTask() then
        error("polyframe.await: not inside a task; wrap the code in polyframe.spawn(function() ... end)"
            .. " or pass a callback: " .. tostring(pending):gsub("^pending: ", "") .. "(..., function(value, err) end)",
            2)
    end
    local settled, value, err = peek(pending)
    if not settled then
        -- The task driver (LuaTasks) observes the pending result and resumes this coroutine when it settles.
        value, err = yield(pending)
    end
    if err ~= nil then
        error(err, 2)
    end
    return value
end
