package dev.polyframe.script.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptMethodTest {
    private final List<List<ScriptValue>> invocations = new ArrayList<>();
    private final List<List<ScriptValue>> callbackCalls = new ArrayList<>();
    private final Deferred result = new Deferred("test.later");
    private final ScriptValue.Callable callback = new ScriptValue.Callable(args -> {
        callbackCalls.add(List.copyOf(args));
        return ScriptValue.NIL;
    });
    private final ScriptInterface test = ScriptInterface.builder("test", "methods for tests")
            .method("move", "moves", ScriptType.NONE, "", this::record,
                    ScriptParam.required("handle", ScriptType.HANDLE, "", "a handle"),
                    ScriptParam.required("to", ScriptType.VEC3, "world units", "where"),
                    ScriptParam.options("options", "optional",
                            ScriptParam.optional("speed", ScriptType.NUMBER, "units/s", "how fast")))
            .method("later", "settles later", ScriptType.DEFERRED, "a deferred result", args -> {
                record(args);
                return new ScriptValue.Pending(result);
            }, ScriptParam.required("handle", ScriptType.HANDLE, "", "a handle"))
            .build();

    private ScriptValue record(ScriptArgs args) {
        List<ScriptValue> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            values.add(args.get(i));
        }
        invocations.add(values);
        return ScriptValue.NIL;
    }

    private static List<ScriptValue> args(Object... values) {
        List<ScriptValue> out = new ArrayList<>();
        for (Object value : values) {
            out.add(ScriptValue.fromJava(value));
        }
        return out;
    }

    @Test
    void shouldInvokeWithValidatedArguments() {
        test.method("move").invoke(args(1, List.of(1, 2, 3), Map.of("speed", 2)));

        assertEquals(List.of(args(1, List.of(1, 2, 3), Map.of("speed", 2))), invocations);
    }

    @Test
    void shouldAllowOptionalArgumentToBeLeftOut() {
        test.method("move").invoke(args(1, List.of(1, 2, 3)));

        assertEquals(List.of(args(1, List.of(1, 2, 3), null)), invocations);
    }

    @Test
    void shouldAllowOptionalArgumentToBeNull() {
        test.method("move").invoke(args(1, List.of(1, 2, 3), null));

        assertEquals(1, invocations.size());
    }

    @Test
    void shouldNotInvokeWhenValidationFails() {
        assertThrows(ScriptApiException.class, () -> test.method("move").invoke(args(1, List.of(1, 2))));

        assertEquals(List.of(), invocations);
    }

    @Test
    void shouldValidateNamedOptionAgainstItsType() {
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> test.method("move").invoke(args(1, List.of(1, 2, 3), Map.of("speed", Double.NaN))));

        assertEquals(ScriptApiException.Kind.RANGE, e.kind());
        assertEquals("test.move: options.speed=NaN must be a finite number", e.getMessage());
    }

    @Test
    void shouldNameMissingArgumentAndSignature() {
        ScriptApiException e = assertThrows(ScriptApiException.class, () -> test.method("move").invoke(args(1)));

        assertEquals(ScriptApiException.Kind.TYPE, e.kind());
        assertEquals("test.move: missing argument to (expected (handle, to, options?), got 1 arguments)",
                e.getMessage());
    }

    @Test
    void shouldTakeTrailingFunctionAsCallbackOfDeferredMethod() {
        List<ScriptValue> callArgs = args(5);
        callArgs.add(callback);

        ScriptValue value = test.method("later").invoke(callArgs);

        assertTrue(value instanceof ScriptValue.Pending, "returns the deferred result");
        assertEquals(List.of(args(5, null, null)), invocations, "the invoker does not see the callback");
        assertEquals(List.of(), callbackCalls, "callback runs only when the result settles");
    }

    @Test
    void shouldCallCallbackWithValueAndNullErrorOnResolve() throws ScriptException {
        test.method("later").invoke(List.of(ScriptValue.of(5.0), callback));

        result.resolve(ScriptValue.of(5.0));

        assertEquals(List.of(List.of(ScriptValue.of(5.0), ScriptValue.NIL)), callbackCalls);
    }

    @Test
    void shouldCallCallbackWithNullValueAndErrorOnReject() throws ScriptException {
        test.method("later").invoke(List.of(ScriptValue.of(5.0), callback));

        result.reject("test.later: failed");

        assertEquals(List.of(List.of(ScriptValue.NIL, ScriptValue.of("test.later: failed"))), callbackCalls);
    }

    @Test
    void shouldNotTakeFunctionInPlaceOfDeclaredParameterAsCallback() {
        ScriptApiException e = assertThrows(ScriptApiException.class,
                () -> test.method("later").invoke(List.of(callback)));

        assertEquals(ScriptApiException.Kind.TYPE, e.kind());
        assertTrue(e.getMessage().contains("handle=<function>"), e.getMessage());
    }

    @Test
    void shouldRejectTrailingFunctionOnMethodThatIsNotDeferred() {
        List<ScriptValue> callArgs = args(1, List.of(1, 2, 3), null);
        callArgs.add(callback);

        ScriptApiException e = assertThrows(ScriptApiException.class, () -> test.method("move").invoke(callArgs));

        assertEquals(ScriptApiException.Kind.TYPE, e.kind());
        assertTrue(e.getMessage().contains("too many arguments"), e.getMessage());
    }

    @Test
    void shouldDescribeSignatureWithOptionalParametersMarked() {
        assertEquals("(handle, to, options?)", test.method("move").signature());
    }

    @Test
    void shouldReportDeferredOnlyForDeferredReturnType() {
        assertTrue(test.method("later").deferred());
        assertFalse(test.method("move").deferred());
    }

    @Test
    void shouldQualifyNameWithInterface() {
        assertEquals("test.move", test.method("move").qualifiedName());
    }

    @Test
    void shouldRejectUnknownMethodNamingInterfaceAndMethod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> test.method("jump"));

        assertTrue(e.getMessage().contains("test has no method jump"), e.getMessage());
    }

    @Test
    void shouldPackColourAsRgbaWithDefaultAlpha() {
        assertEquals(0x0A141EFF, ScriptArgs.rgba(ScriptValue.fromJava(List.of(10, 20, 30))));
        assertEquals(0xFFFEFDFC, ScriptArgs.rgba(ScriptValue.fromJava(List.of(255, 254, 253, 252))));
    }

    @Test
    void shouldReturnNilForAbsentOption() {
        ScriptArgs scriptArgs = new ScriptArgs(args(Map.of("a", 1)));

        assertEquals(ScriptValue.of(1.0), scriptArgs.option(0, "a"));
        assertEquals(ScriptValue.NIL, scriptArgs.option(0, "b"));
        assertEquals(ScriptValue.NIL, scriptArgs.option(1, "a"));
        assertFalse(scriptArgs.present(1));
    }
}
