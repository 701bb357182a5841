# entity.set_positions, set_orientations, set_colors and get_positions: flat numeric data (lists, array, memoryview),
# one call for many entities. Same result as the single calls; every bad-argument class raises one error naming the
# first bad index, and a rejected call changes nothing.
from array import array

hs = []
single = 0
frames = 0
moved = False


def expect_error(kind, call, fragments):
    try:
        call()
    except Exception as e:
        tck.check(type(e) is kind, fragments[0] + ": raised " + type(e).__name__ + ", expected " + kind.__name__)
        tck.mentions(str(e), fragments)
        return
    tck.check(False, " ".join(fragments) + ": no error raised")


def init():
    global single
    for _ in range(3):
        hs.append(entity.create_mesh("cube"))
    single = entity.create_mesh("cube")
    dead = entity.create_mesh("cube")
    entity.destroy(dead)
    before = entity.get_positions(hs)
    tck.check(type(before) is list, "get_positions returns a list")
    tck.equal(len(before), 9, "three numbers per handle")
    tck.check(before[0] != before[0], "NaN until the entity is visible in the snapshot")
    entity.set_positions(array("d", hs), array("d", [1, 2, 3, 4, 5, 6, 7, 8, 9]))
    entity.set_orientations(hs, memoryview(array("f", [10, 20, 30, 40, 50, 60, 70, 80, 90])))
    entity.set_colors(hs, [1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0.5])
    entity.set_positions([], [])
    # parity: the same values through the single calls
    entity.set_position(single, [1, 2, 3])
    entity.set_orientation(single, [10, 20, 30])
    entity.set_color(single, [255, 0, 0, 255])
    # type and arity
    expect_error(TypeError, lambda: entity.set_positions(hs, "up"), ["entity.setPositions", "values=\"up\""])
    expect_error(TypeError, lambda: entity.set_positions(hs, [1, 2, "3", 4, 5, 6, 7, 8, 9]),
                 ["entity.setPositions", "values[2]=\"3\" must be a number"])
    expect_error(TypeError, lambda: entity.set_positions(hs), ["entity.setPositions", "missing argument values"])
    expect_error(TypeError, lambda: entity.set_positions(hs, [1, 2, 3]),
                 ["entity.setPositions", "values.length=3, expected", "= 9"])
    expect_error(TypeError, lambda: entity.get_positions(7), ["entity.getPositions", "handles=7"])
    # NaN, infinity and range
    expect_error(ValueError, lambda: entity.set_positions(hs, [0, 0, 0, 0, float("nan"), 0, 0, 0, 0]),
                 ["entity.setPositions", "values[4] is NaN"])
    expect_error(ValueError, lambda: entity.set_orientations(hs, array("d", [0, 0, 0, 0, 0, 0, 0, 0, float("inf")])),
                 ["entity.setOrientations", "values[8] is Infinity"])
    expect_error(ValueError, lambda: entity.set_colors(hs, [0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                 ["entity.setColors", "values[2]=1.5", "0..1"])
    # stale, unknown and malformed handles
    expect_error(ValueError, lambda: entity.set_positions([hs[0], dead], [0, 0, 0, 0, 0, 0]),
                 ["entity.setPositions", "handles[1]=" + str(dead), "destroyed"])
    expect_error(ValueError, lambda: entity.set_colors([9999], [0, 0, 0, 0]),
                 ["entity.setColors", "handles[0]=9999", "unknown"])
    expect_error(ValueError, lambda: entity.get_positions([1.5]), ["entity.getPositions", "handles[0]=1.5"])


def update(dt):
    global frames, moved
    frames += 1
    tck.check(frames < 200, "the bulk commands became visible within 200 script frames")
    last = tck.state(hs[2])
    if not moved and last is not None and last["color"][3] == 128 and tck.state(single) is not None:
        tck.equal(tck.state(hs[0])["position"], [1, 2, 3], "position after set_positions")
        tck.equal(tck.state(hs[1])["orientation"], [40, 50, 60], "orientation after set_orientations")
        tck.equal(last["color"], [0, 0, 255, 128], "colour after set_colors: fractions of 255, rounded")
        a = tck.state(hs[0])
        b = tck.state(single)
        tck.equal([a["position"], a["orientation"], a["color"]], [b["position"], b["orientation"], b["color"]],
                  "bulk and single calls give the same state")
        tck.equal(entity.get_positions(hs), [1, 2, 3, 4, 5, 6, 7, 8, 9], "get_positions")
        entity.set_positions([hs[1]], memoryview(array("d", [-1.5, 0.25, 100])))
        moved = True
    elif moved and tck.state(hs[1])["position"][0] == -1.5:
        tck.equal(entity.get_positions([hs[1], hs[0]]), [-1.5, 0.25, 100, 1, 2, 3],
                  "get_positions after a second move, in the order asked")
        tck.done()
        engine.quit()
