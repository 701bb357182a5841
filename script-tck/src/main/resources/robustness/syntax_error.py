# A syntax error: reported at its line, in the load phase; the engine goes on.
def update(dt):
    engine.quit()


broken = = 1  # @error
