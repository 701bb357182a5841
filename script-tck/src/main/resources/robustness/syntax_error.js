// A syntax error: reported at its line, in the load phase; the engine goes on.
function update(dt) {
    engine.quit();
}
let broken = ; // @error
