package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import org.junit.jupiter.api.Test;

class LuaSandboxTest extends LuaRuntimeFixture {

    @Test
    void shouldHaveNoIoOsCommandsOrJavaAccess() throws ScriptException {
        assertEquals(ScriptValue.of("nil nil nil nil nil nil nil"), eval("type(io) .. ' ' .. type(os.execute) .. ' '"
                + " .. type(os.getenv) .. ' ' .. type(os.remove) .. ' ' .. type(luajava) .. ' ' .. type(java) .. ' '"
                + " .. type(os.exit)"));
    }

    @Test
    void shouldKeepOnlyTimeAndClockInOs() throws ScriptException {
        assertEquals(ScriptValue.of("number number clock,time"), run("    local names = {}\n"
                + "    for name in pairs(os) do names[#names + 1] = name end\n    table.sort(names)\n"
                + "    return type(os.time()) .. ' ' .. type(os.clock()) .. ' ' .. table.concat(names, ',')"));
    }

    @Test
    void shouldHideTheDebugLibraryAndModuleLoading() throws ScriptException {
        assertEquals(ScriptValue.of("nil nil nil nil nil"), eval("type(debug) .. ' ' .. type(dofile) .. ' '"
                + " .. type(loadfile) .. ' ' .. type(require) .. ' ' .. type(package)"));
    }

    @Test
    void shouldHaveNoStringDump() throws ScriptException {
        assertEquals(ScriptValue.of("nil nil"), eval("type(string.dump) .. ' ' .. type(('x').dump)"));
    }

    @Test
    void shouldLoadTextChunks() throws ScriptException {
        assertEquals(ScriptValue.of(3.0), eval("load('return 1 + 2')()"));
        assertEquals(ScriptValue.of(4.0), eval("load('return 2 + 2', 'chunk', 'b')()"));
    }

    @Test
    void shouldNotLoadBinaryChunks() throws ScriptException {
        String result = ((ScriptValue.Str) run(
                "    local f, err = load('\\27Lua\\82\\0\\1\\4\\4\\4\\8\\0', 'bin', 'b')\n"
                + "    return tostring(f) .. '|' .. tostring(err)")).value();
        assertTrue(result.startsWith("nil|"), result);
    }

    @Test
    void shouldKeepTheSafeStandardLibraries() throws ScriptException {
        assertEquals(ScriptValue.of("HELLO 3 2.0 6 8 thread"), eval("('hello'):upper() .. ' ' .. #{1, 2, 3} .. ' '"
                + " .. string.format('%.1f', math.sqrt(4)) .. ' ' .. bit32.bor(2, 4) .. ' '"
                + " .. select('#', 1, 2, 3, 4, 5, 6, 7, 8) .. ' ' .. type(coroutine.create(print))"));
    }
}
