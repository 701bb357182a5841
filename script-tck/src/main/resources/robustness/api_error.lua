-- An API validation error nobody catches: reported with the API method.
local frames = 0
local h = 0

function init()
    h = entity.createMesh("cube")
end

function update(dt)
    frames = frames + 1
    if frames == 2 then
        entity.setPosition(h, {0, 0 / 0, 0}) -- @error
    end
    if frames == 4 then
        engine.quit()
    end
end
