package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.GameFolderKit;

/** Runs the game-folder kit (modules, escapes, read-game-files) against the Python backend, sharing the test engine. */
class PythonGameFolderTest extends GameFolderKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
