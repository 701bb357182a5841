package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.GameFolderKit;

/** Runs the game-folder kit: modules, ways out, read-game-files. */
class LuaGameFolderTest extends GameFolderKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }
}
