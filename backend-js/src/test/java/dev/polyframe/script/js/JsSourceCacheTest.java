package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.polyframe.script.polyglot.SourceCache;
import org.junit.jupiter.api.Test;

class JsSourceCacheTest {

    @Test
    void shouldHandOutTheSameSourceForTheSameFileAndText() {
        SourceCache cache = new SourceCache();
        assertSame(cache.get("js", "main.js", "let a = 1;"), cache.get("js", "main.js", "let a = 1;"));
        assertEquals(1, cache.size());
    }

    @Test
    void shouldMakeANewSourceWhenTheTextChanges() {
        SourceCache cache = new SourceCache();
        assertNotSame(cache.get("js", "main.js", "let a = 1;"), cache.get("js", "main.js", "let a = 2;"));
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedSources() {
        SourceCache cache = new SourceCache();
        for (int i = 0; i <= SourceCache.CAPACITY; i++) {
            cache.get("js", "f" + i + ".js", "1");
        }
        assertEquals(SourceCache.CAPACITY, cache.size());
    }
}
