# Host-call benchmark: spin(n) makes n calls into the engine, empty(n) is the same loop without them.
def spin(n):
    for i in range(n):
        entity.exists(1)


def empty(n):
    s = 0
    for i in range(n):
        s += i
    return s
