package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.GameFolderKit;

/** Runs the game-folder kit (modules, escapes, read-game-files) against the JavaScript backend, sharing the test engine. */
class JsGameFolderTest extends GameFolderKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
