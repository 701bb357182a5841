// An API validation error nobody catches: reported with the API method.
let frames = 0;
let h = 0;

function init() {
    h = entity.createMesh("cube");
}

function update(dt) {
    frames += 1;
    if (frames === 2) {
        entity.setPosition(h, [0, NaN, 0]); // @error
    }
    if (frames === 4) {
        engine.quit();
    }
}
