// entity.setColor and entity.setActive reach the snapshot.
let h = 0;
let phase = 0;

function init() {
    h = entity.createMesh("sphere", {color: [1, 2, 3, 4]});
    entity.ready(h).then(() => {
        tck.equal(tck.state(h).color, [1, 2, 3, 4], "color option");
        tck.equal(tck.state(h).active, true, "active by default");
        entity.setColor(h, [200, 100, 50, 25]);
        entity.setActive(h, false);
        phase = 1;
    });
}

function update(dt) {
    if (phase === 1 && tck.state(h).active === false) {
        tck.equal(tck.state(h).color, [200, 100, 50, 25], "color after setColor");
        entity.setActive(h, true);
        phase = 2;
    } else if (phase === 2 && tck.state(h).active === true) {
        tck.done();
        engine.quit();
    }
}
