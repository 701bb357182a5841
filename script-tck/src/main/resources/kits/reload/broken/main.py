# The hot-reload kit's broken new code: a syntax error on line 3.
import util
def update(dt) oops:
    pass
