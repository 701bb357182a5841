package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;

/** {@link LuaGameFolderTest} with the interpreter (and DebugLib) instead of LuaJC. */
class LuaGameFolderInterpreterTest extends LuaGameFolderTest {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(false);
    }
}
