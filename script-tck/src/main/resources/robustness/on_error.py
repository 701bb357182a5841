# onError(err) receives the error as a dict; an error inside onError is reported, not delivered again.
frames = 0


def onError(err):
    sink.count("onError")
    sink.put("err", err)
    raise RuntimeError("boom in onError")  # @onerror


def update(dt):
    global frames
    frames += 1
    sink.count("update")
    if frames == 2:
        raise RuntimeError("boom in update")  # @error
    if frames == 5:
        engine.quit()
