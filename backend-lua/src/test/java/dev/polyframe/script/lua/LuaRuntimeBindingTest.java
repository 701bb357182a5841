package dev.polyframe.script.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LuaRuntimeBindingTest extends LuaRuntimeFixture {


    @Test
    void shouldExposeAnInterfaceAsAGlobalTableWithOneFunctionPerMethod() throws ScriptException {
        assertEquals(ScriptValue.of("table function function"),
                eval("type(calc) .. ' ' .. type(calc.add) .. ' ' .. type(calc.later)"));
        assertEquals(ScriptValue.of(5.0), eval("calc.add(2, 3)"));
    }

    @Test
    void shouldAcceptColonCallsByDroppingTheInterfaceTable() throws ScriptException {
        assertEquals(ScriptValue.of(5.0), eval("calc:add(2, 3)"));
    }

    @Test
    void shouldCallBoundFunctionsDetachedFromTheirTable() throws ScriptException {
        assertEquals(ScriptValue.of(7.0), run("    local add = calc.add\n    return add(3, 4)"));
    }

    @Test
    void shouldReportItsLanguageAndMode() {
        assertEquals("lua", runtime.language());
        assertEquals(backend() == INTERPRETER ? "interpreter" : "luajc", runtime.mode());
    }

    @Test
    void shouldRoundTripPrimitives() throws ScriptException {
        assertEquals(ScriptValue.of(1.5), eval("calc.echo(1.5)"));
        assertEquals(ScriptValue.of(-3.0), eval("calc.echo(-3)"));
        assertEquals(ScriptValue.of("cube"), eval("calc.echo('cube')"));
        assertEquals(ScriptValue.TRUE, eval("calc.echo(true)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo(nil)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo()"));
        assertEquals(ScriptValue.of("number 7"), eval("type(calc.echo(7)) .. ' ' .. tostring(calc.echo(7))"));
    }

    @Test
    void shouldPassNanAndInfinityThroughUnchanged() throws ScriptException {
        run("    calc.record(0/0)\n    calc.record(-math.huge)\n    calc.record({1, 0/0})");
        assertTrue(Double.isNaN(((ScriptValue.Num) calc.recorded().get(0)).value()));
        assertEquals(ScriptValue.of(Double.NEGATIVE_INFINITY), calc.recorded().get(1));
        assertTrue(Double.isNaN(((ScriptValue.Num) ((ScriptValue.Seq) calc.recorded().get(2)).items().get(1)).value()));
        assertEquals(ScriptValue.TRUE, run("    local v = calc.echo(0/0)\n    return v ~= v"));
    }

    @Test
    void shouldConvertSequencesToSeqAndStringKeyedTablesToTableWithSortedKeys() throws ScriptException {
        run("    calc.record({name = 'box', position = {1, 2, 3}, tags = {'a'}, nested = {ok = true}})");
        Map<String, ScriptValue> expected = new LinkedHashMap<>();
        expected.put("name", ScriptValue.of("box"));
        expected.put("nested", new ScriptValue.Table(Map.of("ok", ScriptValue.TRUE)));
        expected.put("position", new ScriptValue.Seq(List.of(ScriptValue.of(1.0), ScriptValue.of(2.0),
                ScriptValue.of(3.0))));
        expected.put("tags", new ScriptValue.Seq(List.of(ScriptValue.of("a"))));
        ScriptValue.Table recorded = assertInstanceOf(ScriptValue.Table.class, calc.recorded().get(0));
        assertEquals(new ScriptValue.Table(expected), recorded);
        assertEquals(List.of("name", "nested", "position", "tags"), new ArrayList<>(recorded.entries().keySet()));
    }

    @Test
    void shouldConvertAnEmptyTableToAnEmptyTable() throws ScriptException {
        run("    calc.record({})");
        assertEquals(new ScriptValue.Table(Map.of()), calc.recorded().get(0));
        assertEquals(ScriptValue.of("table 0"), run("    local t = calc.echo({})\n    return type(t) .. ' ' .. #t"));
    }

    @Test
    void shouldRejectAnEmptyTableWhereAVectorIsExpected() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.move: position={} must be an array [x, y, z] of 3 numbers",
                caught("calc.move({})"));
    }

    @Test
    void shouldRejectATableMixingSequenceAndStringKeysNamingTheKey() throws ScriptException {
        assertEquals("false|eval.lua:2: calc.record: value has key [1] next to string keys;"
                + " a table crossing to the engine must be a sequence (keys 1..n, no holes) or have only string keys",
                caught("calc.record({1, 2, x = 3})"));
    }

    @Test
    void shouldRejectASequenceWithHolesNamingTheKey() throws ScriptException {
        String result = caught("calc.record({options = {1, nil, 3}})");
        assertTrue(result.contains("calc.record: value.options has key [3];"), result);
    }

    @Test
    void shouldRejectKeysOfOtherTypes() throws ScriptException {
        String result = caught("calc.record({[true] = 1})");
        assertTrue(result.contains("calc.record: value has key [true] (a boolean);"), result);
    }

    @Test
    void shouldRejectCyclicTablesNamingThePath() throws ScriptException {
        String result = caught("local t = {} t.self = t calc.record(t)");
        assertTrue(result.contains("false|eval.lua:2: calc.record: value.self.self.self"),
                result);
        assertTrue(result.contains("is nested deeper than 32 levels"), result);
    }

    @Test
    void shouldRejectACoroutineNamingItsType() throws ScriptException {
        String result = caught("calc.record(coroutine.create(print))");
        assertTrue(result.contains("calc.record: value=thread: "), result);
        assertTrue(result.endsWith("is a thread, which has no script value equivalent"),
                result);
    }

    @Test
    void shouldReturnSeqAsALuaSequence() throws ScriptException {
        assertEquals(ScriptValue.of("3 1 2 3 6"), run("    local a = calc.echo({1, 2, 3})\n"
                + "    local sum = 0\n    for _, v in ipairs(a) do sum = sum + v end\n"
                + "    return #a .. ' ' .. table.concat(a, ' ') .. ' ' .. sum"));
    }

    @Test
    void shouldReturnTableAsALuaTable() throws ScriptException {
        assertEquals(ScriptValue.of("1 true 1"), run("    local o = calc.echo({a = 1, b = {c = {true}}})\n"
                + "    return o.a .. ' ' .. tostring(o.b.c[1]) .. ' ' .. #o.b.c"));
    }

    @Test
    void shouldRoundTripFunctionsAsCallables() throws ScriptException {
        run("    calc.record(function(x) return x * 10 end)");
        ScriptValue.Callable callable = assertInstanceOf(ScriptValue.Callable.class, calc.recorded().get(0));
        assertEquals(ScriptValue.of(30.0), callable.function().call(List.of(ScriptValue.of(3.0))));
        assertEquals(ScriptValue.TRUE, run("    local f = function() return 1 end\n    return calc.echo(f) == f"));
        assertEquals(ScriptValue.of(12.0), eval("calc.apply(function(v) return v + 2 end, 10)"));
    }

    @Test
    void shouldRoundTripValuesThroughCallAndReturn() throws ScriptException {
        load("function update(dt, info)\n    local names = {}\n"
                + "    for i, n in ipairs(info.names) do names[i] = n:upper() end\n"
                + "    return {dt = dt * 2, names = names}\nend");
        ScriptValue result = runtime.call("update", List.of(ScriptValue.of(0.5),
                ScriptValue.fromJava(Map.of("names", List.of("a", "b")))));
        assertEquals(ScriptValue.fromJava(Map.of("dt", 1.0, "names", List.of("A", "B"))), result);
    }

    @Test
    void shouldFindGlobalFunctionsOnly() throws ScriptException {
        load("function update(dt) end\nrender = function() return 1 end\nnotAFunction = 3\n"
                + "local function hidden() end");
        assertTrue(runtime.hasFunction("update"));
        assertTrue(runtime.hasFunction("render"));
        assertFalse(runtime.hasFunction("notAFunction"));
        assertFalse(runtime.hasFunction("hidden"));
        assertFalse(runtime.hasFunction("init"));
    }

    @Test
    void shouldAcceptPrintWithoutFailing() throws ScriptException {
        assertEquals(ScriptValue.NIL, run("    print('hello from lua', 42, nil, {})"));
    }
}
