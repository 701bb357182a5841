# Top-level code that never returns: interrupted by the load budget; the engine goes on.
def update(dt):
    pass


while True: pass  # @runaway
