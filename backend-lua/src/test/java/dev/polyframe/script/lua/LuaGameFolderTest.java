package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.GameFolderKit;

/** Runs the game-folder kit (modules, escapes, read-game-files) against the Lua backend (LuaJC). */
class LuaGameFolderTest extends GameFolderKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }
}
