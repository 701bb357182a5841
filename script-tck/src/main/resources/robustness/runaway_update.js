// update never returns in frames 3-5: interrupted each time, paused after the third, resumed by the test.
let frames = 0;

function update(dt) {
    frames += 1;
    if (frames >= 3 && frames <= 5) {
        while (true) {} // @runaway
    }
    if (frames === 8) {
        sink.put("after", frames);
        engine.quit();
    }
}
