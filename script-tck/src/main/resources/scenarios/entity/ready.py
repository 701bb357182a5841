# entity.ready: resolves only once the entity is in the snapshot (await and callback forms), rejects when the
# entity is destroyed before it became visible (await raises polyframe.DeferredError).
settled = 0


def finish():
    global settled
    settled += 1
    if settled == 3:
        tck.done()
        engine.quit()


async def expect_ready(h):
    value = await entity.ready(h)
    tck.equal(value, h, "ready resolves with the handle")
    tck.check(tck.state(h) is not None, "the entity is in the snapshot when ready resolves")
    finish()


async def expect_rejection(gone, result):
    try:
        await result
    except polyframe.DeferredError as error:
        tck.mentions(str(error), ["entity.ready", f"handle={gone}", "destroyed"])
        finish()
    else:
        tck.check(False, "ready of an entity destroyed first must reject")


def init():
    h = entity.create_mesh("cube")
    polyframe.spawn(expect_ready(h))
    k = entity.create_mesh("cube")

    def on_ready(value, error):
        tck.equal(value, k, "callback value")
        tck.equal(error, None, "callback error on success")
        tck.check(tck.state(k) is not None, "the entity is in the snapshot when the callback runs")
        finish()

    entity.ready(k, on_ready)
    gone = entity.create_mesh("cube")
    result = entity.ready(gone)
    entity.destroy(gone)
    polyframe.spawn(expect_rejection(gone, result))
