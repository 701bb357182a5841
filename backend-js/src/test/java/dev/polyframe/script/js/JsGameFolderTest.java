package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.GameFolderKit;

/** Runs the game-folder kit: modules, ways out, read-game-files. */
class JsGameFolderTest extends GameFolderKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }
}
