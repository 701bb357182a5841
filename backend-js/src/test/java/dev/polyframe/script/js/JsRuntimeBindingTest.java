package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsRuntimeBindingTest extends JsRuntimeFixture {

    @Test
    void shouldExposeAnInterfaceAsAGlobalWithOneFunctionPerMethod() throws ScriptException {
        assertEquals(ScriptValue.of("object function function"),
                eval("typeof calc + ' ' + typeof calc.add + ' ' + typeof calc.later"));
        assertEquals(ScriptValue.of(5.0), eval("calc.add(2, 3)"));
    }

    @Test
    void shouldCallBoundFunctionsDetachedFromTheirObject() throws ScriptException {
        assertEquals(ScriptValue.of(7.0), eval("(() => { const {add} = calc; return add(3, 4); })()"));
    }

    @Test
    void shouldReportItsLanguageAndMode() {
        assertEquals("js", runtime.language());
        assertTrue(List.of("interpreter", "jit").contains(runtime.mode()), runtime.mode());
    }

    @Test
    void shouldRoundTripPrimitives() throws ScriptException {
        assertEquals(ScriptValue.of(1.5), eval("calc.echo(1.5)"));
        assertEquals(ScriptValue.of(-3.0), eval("calc.echo(-3)"));
        assertEquals(ScriptValue.of("cube"), eval("calc.echo('cube')"));
        assertEquals(ScriptValue.TRUE, eval("calc.echo(true)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo(null)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo(undefined)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo()"));
    }

    @Test
    void shouldPassNanAndInfinityThroughUnchanged() throws ScriptException {
        eval("calc.record(NaN) || calc.record(-Infinity) || calc.record([1, NaN])");
        assertTrue(Double.isNaN(((ScriptValue.Num) calc.recorded().get(0)).value()));
        assertEquals(ScriptValue.of(Double.NEGATIVE_INFINITY), calc.recorded().get(1));
        assertTrue(Double.isNaN(((ScriptValue.Num) ((ScriptValue.Seq) calc.recorded().get(2)).items().get(1)).value()));
        assertEquals(ScriptValue.TRUE, eval("Number.isNaN(calc.echo(NaN))"));
    }

    @Test
    void shouldConvertArraysAndObjectsToSeqAndTable() throws ScriptException {
        eval("calc.record({name: 'box', position: [1, 2, 3], tags: ['a'], nested: {ok: true}})");
        Map<String, ScriptValue> expected = new LinkedHashMap<>();
        expected.put("name", ScriptValue.of("box"));
        expected.put("position", new ScriptValue.Seq(List.of(ScriptValue.of(1.0), ScriptValue.of(2.0),
                ScriptValue.of(3.0))));
        expected.put("tags", new ScriptValue.Seq(List.of(ScriptValue.of("a"))));
        expected.put("nested", new ScriptValue.Table(Map.of("ok", ScriptValue.TRUE)));
        assertEquals(new ScriptValue.Table(expected), calc.recorded().get(0));
    }

    @Test
    void shouldReturnSeqAsARealJsArray() throws ScriptException {
        assertEquals(ScriptValue.of("true 2,4,6 [1,2,3] 3"), eval("(() => {"
                + " const a = calc.echo([1, 2, 3]); const [x, y, z] = a;"
                + " return Array.isArray(a) + ' ' + a.map(v => v * 2) + ' ' + JSON.stringify(a) + ' ' + z; })()"));
    }

    @Test
    void shouldConvertTypedArraysToSeq() throws ScriptException {
        assertEquals(ScriptValue.of("[1.5,2]"), eval("JSON.stringify(calc.echo(new Float32Array([1.5, 2])))"));
    }

    @Test
    void shouldReturnTableAsAPlainJsObject() throws ScriptException {
        assertEquals(ScriptValue.of("{\"a\":1,\"b\":{\"c\":[true,null]}} a,b true"), eval("(() => {"
                + " const o = calc.echo({a: 1, b: {c: [true, null]}});"
                + " return JSON.stringify(o) + ' ' + Object.keys(o) + ' '"
                + " + (Object.getPrototypeOf(o) === Object.prototype);"
                + " })()"));
    }

    @Test
    void shouldRoundTripFunctionsAsCallables() throws ScriptException {
        eval("calc.record(x => x * 10)");
        ScriptValue.Callable callable = assertInstanceOf(ScriptValue.Callable.class, calc.recorded().get(0));
        assertEquals(ScriptValue.of(30.0), callable.function().call(List.of(ScriptValue.of(3.0))));
        assertEquals(ScriptValue.TRUE, eval("(() => { const f = () => 1; return calc.echo(f) === f; })()"));
        assertEquals(ScriptValue.of(12.0), eval("calc.apply(v => v + 2, 10)"));
    }

    @Test
    void shouldRoundTripValuesThroughCallAndReturn() throws ScriptException {
        load("function update(dt, info) { return {dt: dt * 2, names: info.names.map(n => n.toUpperCase())}; }");
        ScriptValue result = runtime.call("update", List.of(ScriptValue.of(0.5),
                ScriptValue.fromJava(Map.of("names", List.of("a", "b")))));
        assertEquals(ScriptValue.fromJava(Map.of("dt", 1.0, "names", List.of("A", "B"))), result);
    }

    @Test
    void shouldFindGlobalFunctionsOnly() throws ScriptException {
        load("function update(dt) {}\nconst render = () => 1;\nvar notAFunction = 3;");
        assertTrue(runtime.hasFunction("update"));
        assertTrue(runtime.hasFunction("render"));
        assertFalse(runtime.hasFunction("notAFunction"));
        assertFalse(runtime.hasFunction("init"));
    }

    @Test
    void shouldRejectCyclicObjectsWithATypeError() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError true"), eval("(() => { const o = {}; o.self = o;"
                + " try { calc.record(o); return 'no error'; }"
                + " catch (e) { return e.name + ' ' + e.message.startsWith('calc.record: value.self.self'); } })()"));
    }

    @Test
    void shouldNotLetScriptsReachJava() throws ScriptException {
        assertEquals(ScriptValue.of("blocked"), eval("(() => { try {"
                + " return typeof Java === 'undefined' ? 'blocked' : String(Java.type('java.lang.System'));"
                + " } catch (e) { return 'blocked'; } })()"));
        assertEquals(ScriptValue.of("undefined"), eval("typeof load"));
        assertEquals(ScriptValue.of("blocked"), eval("(() => { try { new java.io.File('/'); return 'reached'; }"
                + " catch (e) { return 'blocked'; } })()"));
    }

    @Test
    void shouldAcceptConsoleOutputWithoutFailing() throws ScriptException {
        assertEquals(ScriptValue.NIL, eval("console.log('hello from js', 42)"));
    }
}
