package dev.polyframe.script.python;

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

class PythonRuntimeBindingTest extends PythonRuntimeFixture {

    /** @return {@code ExceptionType|message} of what {@code statement} raises, or {@code "no error"} */
    private ScriptValue raised(String statement) throws ScriptException {
        load("def probe():\n    try:\n        " + statement + "\n        return 'no error'\n"
                + "    except Exception as e:\n        return type(e).__name__ + '|' + str(e)\n");
        return runtime.call("probe", List.of());
    }

    @Test
    void shouldExposeAnInterfaceAsAGlobalWithOneFunctionPerMethod() throws ScriptException {
        assertEquals(ScriptValue.of("<polyframe interface calc> True True"),
                eval("repr(calc) + ' ' + str(callable(calc.add)) + ' ' + str(callable(calc.later))"));
        assertEquals(ScriptValue.of(5.0), eval("calc.add(2, 3)"));
    }

    @Test
    void shouldAddASnakeCaseAliasForEveryCamelCaseMethod() throws ScriptException {
        assertEquals(ScriptValue.of(7.0), eval("calc.max_of(2, 7)"));
        assertEquals(ScriptValue.TRUE, eval("calc.max_of is calc.maxOf"));
    }

    @Test
    void shouldDocumentEachFunctionWithItsSignature() throws ScriptException {
        assertEquals(ScriptValue.of("maxOf(a, b)\n\nThe larger of two numbers."), eval("calc.max_of.__doc__"));
    }

    @Test
    void shouldCallBoundFunctionsDetachedFromTheirObject() throws ScriptException {
        assertEquals(ScriptValue.of(7.0), eval("(lambda add: add(3, 4))(calc.add)"));
    }

    @Test
    void shouldReportItsLanguageAndMode() {
        assertEquals("python", runtime.language());
        assertTrue(List.of("interpreter", "jit").contains(runtime.mode()), runtime.mode());
    }

    @Test
    void shouldConvertScalarsBothWays() throws ScriptException {
        assertEquals(ScriptValue.of(1.5), eval("calc.echo(1.5)"));
        assertEquals(ScriptValue.of(-3.0), eval("calc.echo(-3)"));
        assertEquals(ScriptValue.of("cube"), eval("calc.echo('cube')"));
        assertEquals(ScriptValue.TRUE, eval("calc.echo(True)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo(None)"));
        assertEquals(ScriptValue.NIL, eval("calc.echo()"));
    }

    @Test
    void shouldKeepBoolAndIntApart() throws ScriptException {
        eval("calc.record(True) or calc.record(1) or calc.record(0)");
        assertEquals(List.of(ScriptValue.TRUE, ScriptValue.of(1.0), ScriptValue.of(0.0)), calc.recorded());
        assertEquals(ScriptValue.of("bool int int"), eval("' '.join(type(calc.echo(v)).__name__ for v in"
                + " (False, 1, 0))"));
    }

    @Test
    void shouldReadIntegralNumbersAsIntsAndOthersAsFloats() throws ScriptException {
        assertEquals(ScriptValue.of("int int float float float"), eval("' '.join(type(v).__name__ for v in"
                + " (calc.add(1.5, 1.5), calc.echo(2**53 - 1), calc.echo(2**53), calc.echo(0.5), calc.echo(-0.0)))"));
        assertEquals(ScriptValue.of("-0.0"), eval("repr(calc.echo(-0.0))"));
    }

    @Test
    void shouldRejectAnIntNoDoubleHoldsWithAValueError() throws ScriptException {
        assertEquals(ScriptValue.of("ValueError|calc.record: value=9007199254740993 is an integer no double holds"
                + " exactly (beyond 2^53); the engine's numbers are doubles"), raised("calc.record(2**53 + 1)"));
        eval("calc.record(2**60)");
        assertEquals(ScriptValue.of(Math.pow(2, 60)), calc.recorded().get(0));
    }

    @Test
    void shouldPassNanAndInfinityThroughUnchanged() throws ScriptException {
        eval("calc.record(float('nan')) or calc.record(float('-inf')) or calc.record([1, float('nan')])");
        assertTrue(Double.isNaN(((ScriptValue.Num) calc.recorded().get(0)).value()));
        assertEquals(ScriptValue.of(Double.NEGATIVE_INFINITY), calc.recorded().get(1));
        assertTrue(Double.isNaN(((ScriptValue.Num) ((ScriptValue.Seq) calc.recorded().get(2)).items().get(1)).value()));
        assertEquals(ScriptValue.TRUE, eval("calc.echo(float('nan')) != calc.echo(float('nan'))"));
    }

    @Test
    void shouldConvertListsTuplesAndDictsToSeqAndTable() throws ScriptException {
        eval("calc.record({'name': 'box', 'position': (1, 2, 3), 'tags': ['a'], 'nested': {'ok': True}})");
        Map<String, ScriptValue> expected = new LinkedHashMap<>();
        expected.put("name", ScriptValue.of("box"));
        expected.put("position", new ScriptValue.Seq(List.of(ScriptValue.of(1.0), ScriptValue.of(2.0),
                ScriptValue.of(3.0))));
        expected.put("tags", new ScriptValue.Seq(List.of(ScriptValue.of("a"))));
        expected.put("nested", new ScriptValue.Table(Map.of("ok", ScriptValue.TRUE)));
        assertEquals(new ScriptValue.Table(expected), calc.recorded().get(0));
    }

    @Test
    void shouldReturnSeqAsAListAndTableAsADictInOrder() throws ScriptException {
        assertEquals(ScriptValue.of("list [2, 4, 6] dict {'b': 1, 'a': {'c': [True, None]}}"), eval("(lambda s, t:"
                + " type(s).__name__ + ' ' + str([v * 2 for v in s]) + ' ' + type(t).__name__ + ' ' + str(t))"
                + "(calc.echo((1, 2, 3)), calc.echo({'b': 1, 'a': {'c': [True, None]}}))"));
    }

    @Test
    void shouldRejectADictKeyThatIsNoStrWithATypeError() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError|calc.record: value['a'] has the key 1, which is not a str; only dicts"
                + " with str keys cross to the engine"), raised("calc.record({'a': {1: 'one'}})"));
    }

    @Test
    void shouldRejectCyclicListsAndDictsWithATypeErrorNamingThePath() throws ScriptException {
        String list = ((ScriptValue.Str) raised("a = []; a.append(a); calc.record(a)")).value();
        assertTrue(list.startsWith("TypeError|calc.record: value[0][0][0]"), list);
        assertTrue(list.endsWith("is nested deeper than 32 levels (a cyclic list or dict?); only plain data can cross"
                + " to the engine"), list);
        String dict = ((ScriptValue.Str) raised("d = {}; d['self'] = d; calc.record(d)")).value();
        assertTrue(dict.startsWith("TypeError|calc.record: value['self']['self']"), dict);
    }

    @Test
    void shouldRejectObjectsWithoutAScriptEquivalentWithATypeError() throws ScriptException {
        ScriptValue raised = raised("calc.record(object())");
        assertTrue(((ScriptValue.Str) raised).value().startsWith("TypeError|calc.record: value=<object object at "),
                raised.toString());
    }

    @Test
    void shouldRoundTripFunctionsAsCallables() throws ScriptException {
        eval("calc.record(lambda x: x * 10)");
        ScriptValue.Callable callable = assertInstanceOf(ScriptValue.Callable.class, calc.recorded().get(0));
        assertEquals(ScriptValue.of(30.0), callable.function().call(List.of(ScriptValue.of(3.0))));
        assertEquals(ScriptValue.TRUE, eval("(lambda f: calc.echo(f) is f)(lambda: 1)"));
        assertEquals(ScriptValue.of(12.0), eval("calc.apply(lambda v: v + 2, 10)"));
    }

    @Test
    void shouldRoundTripValuesThroughCallAndReturn() throws ScriptException {
        load("def update(dt, info):\n    return {'dt': dt * 2, 'names': [n.upper() for n in info['names']]}\n");
        ScriptValue result = runtime.call("update", List.of(ScriptValue.of(0.5),
                ScriptValue.fromJava(Map.of("names", List.of("a", "b")))));
        assertEquals(ScriptValue.fromJava(Map.of("dt", 1.0, "names", List.of("A", "B"))), result);
    }

    @Test
    void shouldFindGlobalFunctionsOnly() throws ScriptException {
        load("def update(dt):\n    pass\nrender = lambda: 1\nnot_a_function = 3\n");
        assertTrue(runtime.hasFunction("update"));
        assertTrue(runtime.hasFunction("render"));
        assertFalse(runtime.hasFunction("not_a_function"));
        assertFalse(runtime.hasFunction("init"));
    }

    @Test
    void shouldOfferThePolyframeModuleAsAGlobalAndAnImport() throws ScriptException {
        load("import polyframe as pf\nfrom polyframe import spawn, Pending, DeferredError\n");
        assertEquals(ScriptValue.TRUE, eval("pf is polyframe and spawn is polyframe.spawn"
                + " and issubclass(DeferredError, RuntimeError)"));
    }

    @Test
    void shouldAcceptPrintWithoutFailing() throws ScriptException {
        assertEquals(ScriptValue.NIL, eval("print('hello from python', 42)"));
    }
}
