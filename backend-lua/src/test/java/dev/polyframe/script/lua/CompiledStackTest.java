package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompiledStackTest {

    @Test
    void shouldNameChunkFilesTheWayLuajcDoes() {
        assertEquals("main.lua", CompiledStack.compiledFile("main.lua"));
        assertEquals("protogame/main.lua", CompiledStack.compiledFile("protogame/main.lua"));
        assertEquals("a/b.lua", CompiledStack.compiledFile("a.b"));
        assertEquals("init.lua", CompiledStack.compiledFile("@init"));
    }

    @Test
    void shouldNameFunctionsAfterLuajcClasses() {
        assertEquals("", CompiledStack.function("main"));
        assertEquals("step", CompiledStack.function("main$step"));
        assertEquals("inner", CompiledStack.function("main$2$inner"));
        assertEquals(LuaFrame.ANONYMOUS, CompiledStack.function("main$step$3"));
    }
}
