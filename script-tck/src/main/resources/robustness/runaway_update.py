# update never returns in frames 3-5: interrupted each time, paused after the third, resumed by the test.
frames = 0


def update(dt):
    global frames
    frames += 1
    if 3 <= frames <= 5:
        while True: pass  # @runaway
    if frames == 8:
        sink.put("after", frames)
        engine.quit()
