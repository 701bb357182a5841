package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LuaTracebackTest {
    private static final String ERROR = "main.lua:4 boom\nstack traceback:\n"
            + "\tmain.lua:4: in function 'step'\n"
            + "\tpolyframe:prelude.lua:31: in function <polyframe:prelude.lua:20>\n"
            + "\t[Java]: in function 'pcall'\n"
            + "\tmain.lua:8: in main chunk\n"
            + "\t[Java]: in ?";

    @Test
    void shouldReadLuaFramesInnermostFirstAndSkipJavaFrames() {
        assertEquals(List.of(new LuaFrame("main.lua", 4, "step"),
                new LuaFrame("polyframe:prelude.lua", 31, LuaFrame.ANONYMOUS),
                new LuaFrame("main.lua", 8, "")), LuaTraceback.frames(ERROR));
    }

    @Test
    void shouldStripTheInterpretersPositionAndTheTraceback() {
        assertEquals("boom", LuaTraceback.message(ERROR));
        assertEquals("no traceback here", LuaTraceback.message("no traceback here"));
    }

    @Test
    void shouldReadTheFirstFrameOnlyWhenItIsALuaFunction() {
        assertEquals(new LuaFrame("main.lua", 8, ""),
                LuaTraceback.first("stack traceback:\n\tmain.lua:8: in main chunk\n\t[Java]: in ?"));
        assertNull(LuaTraceback.first("stack traceback:\n\t[Java]: in function 'pcall'\n\tmain.lua:8: in main chunk"));
    }
}
