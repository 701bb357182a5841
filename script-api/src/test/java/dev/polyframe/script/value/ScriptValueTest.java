package dev.polyframe.script.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptValueTest {

    private static String display(Object javaValue) {
        return ScriptValue.display(ScriptValue.fromJava(javaValue));
    }

    @Test
    void shouldDisplayIntegralNumberWithoutFraction() {
        assertEquals("1", display(1.0));
        assertEquals("-42", display(-42));
        assertEquals("0", display(0.0));
    }

    @Test
    void shouldDisplayFractionalNumberAsIs() {
        assertEquals("1.5", display(1.5));
        assertEquals("-0.25", display(-0.25));
    }

    @Test
    void shouldDisplayLargeIntegralNumberWithoutExponent() {
        assertEquals("123456789012", display(123_456_789_012.0));
    }

    @Test
    void shouldDisplayNonFiniteNumbersByName() {
        assertEquals("NaN", display(Double.NaN));
        assertEquals("Infinity", display(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", display(Double.NEGATIVE_INFINITY));
    }

    @Test
    void shouldDisplayStringsQuoted() {
        assertEquals("\"cube\"", display("cube"));
        assertEquals("\"\"", display(""));
    }

    @Test
    void shouldDisplayNilAsNull() {
        assertEquals("null", display(null));
    }

    @Test
    void shouldDisplayBooleans() {
        assertEquals("true", display(true));
        assertEquals("false", display(false));
    }

    @Test
    void shouldDisplayNestedArrays() {
        assertEquals("[1, [2.5, NaN], []]", display(List.of(1, List.of(2.5, Double.NaN), List.of())));
    }

    @Test
    void shouldDisplayMapsInInsertionOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("position", List.of(0, 0, 0));
        map.put("name", "a");
        map.put("nested", Map.of("on", true));

        assertEquals("{position: [0, 0, 0], name: \"a\", nested: {on: true}}", display(map));
    }

    @Test
    void shouldDisplayFunctionsAndPendingResultsAsPlaceholders() {
        assertEquals("<function>", ScriptValue.display(new ScriptValue.Callable(args -> ScriptValue.NIL)));
        assertEquals("<pending>", ScriptValue.display(new ScriptValue.Pending(new Deferred("test.method"))));
    }

    @Test
    void shouldConvertJavaNumbersToDoubles() {
        assertEquals(new ScriptValue.Num(3.0), ScriptValue.fromJava(3));
        assertEquals(new ScriptValue.Num(3.0), ScriptValue.fromJava(3L));
        assertEquals(new ScriptValue.Num(0.5), ScriptValue.fromJava(0.5f));
    }

    @Test
    void shouldConvertNestedJavaCollections() {
        assertEquals(new ScriptValue.Seq(List.of(ScriptValue.of(1.0), new ScriptValue.Table(Map.of("k",
                ScriptValue.of("v"))), ScriptValue.NIL)), ScriptValue.fromJava(Arrays.asList(1, Map.of("k", "v"),
                null)));
    }

    @Test
    void shouldKeepScriptValuesAsTheyAre() {
        ScriptValue value = ScriptValue.of("x");

        assertSame(value, ScriptValue.fromJava(value));
    }

    @Test
    void shouldRejectJavaTypeWithoutScriptEquivalentNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptValue.fromJava(new Object()));

        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test
    void shouldMapNullStringToNil() {
        assertSame(ScriptValue.NIL, ScriptValue.of((String) null));
    }

    @Test
    void shouldShareBooleanConstants() {
        assertSame(ScriptValue.TRUE, ScriptValue.of(true));
        assertSame(ScriptValue.FALSE, ScriptValue.of(false));
    }

    @Test
    void shouldCopyListIntoSequence() {
        List<ScriptValue> items = new ArrayList<>(List.of(ScriptValue.of(1.0)));
        ScriptValue.Seq seq = new ScriptValue.Seq(items);

        items.add(ScriptValue.of(2.0));

        assertEquals(1, seq.items().size());
    }
}
