package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonNamesTest {

    @Test
    void shouldSplitCamelCaseWordsWithUnderscores() {
        assertEquals("set_position", PythonNames.snakeCase("setPosition"));
        assertEquals("is_key_down", PythonNames.snakeCase("isKeyDown"));
    }

    @Test
    void shouldKeepAcronymsTogether() {
        assertEquals("get_fps", PythonNames.snakeCase("getFPS"));
        assertEquals("parse_html_text", PythonNames.snakeCase("parseHTMLText"));
    }

    @Test
    void shouldLeaveLowerCaseNamesUnchanged() {
        assertEquals("count", PythonNames.snakeCase("count"));
    }
}
