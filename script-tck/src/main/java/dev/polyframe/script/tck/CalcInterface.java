package dev.polyframe.script.tck;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptParam;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake script interface {@code calc} for backends' unit tests, unknown to every backend, that exercises every path
 * of the generic binding: plain results, validation errors of each kind ({@code add}, {@code move}, {@code find},
 * {@code push}), a camelCase name ({@code maxOf}), callbacks ({@code apply}), deferred results the test settles
 * itself ({@code later}) and a bug in host code ({@code bug}). Numbers are plain doubles, positions world units.
 *
 * <p>Threads: the test thread, which is the script worker of the runtime {@code calc} is bound to. Not thread-safe.
 */
public final class CalcInterface {
    private final List<Deferred> pending = new ArrayList<>();
    private final List<ScriptValue> recorded = new ArrayList<>();

    /** @return a new {@code calc} interface to bind into a runtime; its methods record into this object */
    public ScriptInterface build() {
        return ScriptInterface.builder("calc", "A calculator used by the backend tests.")
                .method("add", "Adds two numbers.", ScriptType.NUMBER, "a + b",
                        args -> ScriptValue.of(args.number(0) + args.number(1)),
                        ScriptParam.required("a", ScriptType.NUMBER, "", "first"),
                        ScriptParam.required("b", ScriptType.NUMBER, "", "second"))
                .method("maxOf", "The larger of two numbers.", ScriptType.NUMBER, "max(a, b)",
                        args -> ScriptValue.of(Math.max(args.number(0), args.number(1))),
                        ScriptParam.required("a", ScriptType.NUMBER, "", "first"),
                        ScriptParam.required("b", ScriptType.NUMBER, "", "second"))
                .method("echo", "Returns its argument.", ScriptType.ANY, "the argument",
                        args -> args.get(0),
                        ScriptParam.optional("value", ScriptType.ANY, "", "anything"))
                .method("record", "Remembers its argument for the test.", ScriptType.NONE, "",
                        args -> {
                            recorded.add(args.get(0));
                            return ScriptValue.NIL;
                        },
                        ScriptParam.optional("value", ScriptType.ANY, "", "anything"))
                .method("move", "Takes a position.", ScriptType.NONE, "",
                        args -> ScriptValue.NIL,
                        ScriptParam.required("position", ScriptType.VEC3, "world units", "where"))
                .method("find", "Takes a handle.", ScriptType.NUMBER, "the handle",
                        args -> ScriptValue.of(args.handle(0)),
                        ScriptParam.required("handle", ScriptType.HANDLE, "", "an entity"))
                .method("push", "Always finds the queue full.", ScriptType.NONE, "",
                        args -> {
                            throw new ScriptApiException(ScriptApiException.Kind.QUEUE_FULL, "calc.push",
                                    "command queue is full (capacity=4); retry next frame");
                        })
                .method("apply", "Calls fn(value) at once and returns its result.", ScriptType.ANY, "fn's result",
                        args -> {
                            try {
                                return ((ScriptValue.Callable) args.get(0)).function().call(List.of(args.get(1)));
                            } catch (ScriptException e) {
                                throw new IllegalStateException("calc.apply: fn failed", e);
                            }
                        },
                        ScriptParam.required("fn", ScriptType.FUNCTION, "", "a function"),
                        ScriptParam.optional("value", ScriptType.ANY, "", "its argument"))
                .method("later", "Returns a result the test settles.", ScriptType.DEFERRED, "the result",
                        args -> {
                            Deferred deferred = new Deferred("calc.later");
                            pending.add(deferred);
                            return new ScriptValue.Pending(deferred);
                        },
                        ScriptParam.optional("tag", ScriptType.STRING, "", "a label"))
                .method("bug", "A bug in host code.", ScriptType.NONE, "",
                        args -> {
                            throw new IllegalStateException("calc.bug: internal failure x=42");
                        })
                .build();
    }

    /** @return the deferred results handed out by {@code calc.later()}, oldest first; live, modifiable */
    public List<Deferred> pending() {
        return pending;
    }

    /** @return every value {@code calc.record(value)} received, in order; live, modifiable */
    public List<ScriptValue> recorded() {
        return recorded;
    }

    /**
     * @return the last pending result handed out
     * @throws IndexOutOfBoundsException when {@code calc.later()} was never called
     */
    public Deferred lastPending() {
        return pending.get(pending.size() - 1);
    }
}
