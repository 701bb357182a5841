# The game-folder kit: modules come from the game folder and nothing outside it; files only with read-game-files.
import sys

import util


def attempt(f):
    try:
        return "OK " + str(f())
    except Exception as e:
        return "ERR " + type(e).__name__ + ": " + str(e)


def tagged():
    return util.tag("x")


def import_from(folder, name):
    sys.path.insert(0, folder)
    try:
        return __import__(name).secret
    finally:
        sys.path.remove(folder)


def escapes(outside):
    return [
        attempt(lambda: import_from("../outside", "secret")),
        attempt(lambda: import_from(outside, "secret")),
        attempt(lambda: __import__("link").secret),
        attempt(lambda: open(outside + "/secret.py").read()),
    ]


def readFile(path):
    return attempt(lambda: open(path).read())


def writeFile(path):
    return attempt(lambda: open(path, "w").write("x"))


def forbidden():
    return [
        attempt(lambda: __import__("subprocess").run(["ls"])),
        attempt(lambda: __import__("java").type("java.lang.System")),
        attempt(lambda: __import__("polyglot").eval(language="js", string="1")),
        attempt(lambda: __import__("ctypes").CDLL(None)),
    ]
