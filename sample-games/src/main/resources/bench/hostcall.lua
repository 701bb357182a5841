-- Host-call benchmark: spin(n) makes n calls into the engine, empty(n) is the same loop without them.
function spin(n)
    for i = 1, n do
        entity.exists(1)
    end
end

function empty(n)
    local s = 0
    for i = 1, n do
        s = s + i
    end
    return s
end
