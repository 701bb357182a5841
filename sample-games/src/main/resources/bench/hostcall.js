// Host-call benchmark: spin(n) makes n calls into the engine, empty(n) is the same loop without them.
function spin(n) {
    for (let i = 0; i < n; i++) {
        entity.exists(1);
    }
}

function empty(n) {
    let s = 0;
    for (let i = 0; i < n; i++) {
        s += i;
    }
    return s;
}
