-- Top-level code that never returns: interrupted by the load budget; the engine goes on.
function update(dt)
end
while true do end -- @runaway
