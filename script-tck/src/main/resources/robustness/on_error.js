// onError(err) receives the error as an object; an error inside onError is reported, not delivered again.
let frames = 0;

function onError(err) {
    sink.count("onError");
    sink.put("err", err);
    throw new Error("boom in onError"); // @onerror
}

function update(dt) {
    frames += 1;
    sink.count("update");
    if (frames === 2) {
        throw new Error("boom in update"); // @error
    }
    if (frames === 5) {
        engine.quit();
    }
}
