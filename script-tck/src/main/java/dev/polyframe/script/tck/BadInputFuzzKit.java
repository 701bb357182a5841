package dev.polyframe.script.tck;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.binding.ScriptParam;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Bad-input fuzzing (jqwik): calls every method of every built-in {@code ScriptInterface} — found from the
 * {@link ScriptMethod} metadata, so a new method is fuzzed with no change here — from the backend's language with
 * generated wrong arguments: wrong types, too many or too few, NaN and infinities, huge, negative and fractional
 * numbers, empty and huge strings, nested arrays and objects, unknown and wrongly typed options, stale and forged
 * handles. Each call must be answered with a language-native error (caught by the script) whose message names the
 * method and a parameter; no Java exception may escape and no internal error may be reported; and nothing may be
 * enqueued (the command ring's count stays put, so the snapshot cannot change). The one exception by contract: a
 * query returning a boolean ({@code entity.exists}) answers {@code false} for a well-formed but forged or stale
 * handle.
 *
 * <p>One runtime per backend (per test class) is reused for every try; the tries count is modest so the suite stays
 * fast. Extend it and implement the three language hooks.
 *
 * <p>Threads: jqwik runs the tries on one thread, which owns the runtime.
 */
public abstract class BadInputFuzzKit {
    /** Tries per property: enough to reach every method with many argument shapes, cheap enough for CI. */
    static final int TRIES = 250;
    private static final Map<Class<?>, Target> TARGETS = new HashMap<>();

    /** @return the backend under test */
    protected abstract ScriptBackend backend();

    /**
     * @param value a value
     * @return the value as a literal of the backend's language (for example {@code NaN} in JS, {@code 0/0} in Lua,
     *     {@code float("nan")} in Python)
     */
    protected abstract String literal(FuzzValue value);

    /**
     * @param call the call expression, for example {@code entity.setPosition(1, [0, 0])}
     * @return a script defining the global function {@code fuzzProbe} that makes the call, catches any error, and
     *     returns {@code ["ok", String(result)]} or {@code [<error type name>, <error message>]}
     */
    protected abstract String probe(String call);

    /** A live set of APIs and the runtime with them bound. */
    private record Target(ScriptRuntime runtime, ScriptApis apis, MessageRing commands, List<ScriptMethod> methods,
            double liveHandle, double staleHandle) {
    }

    /** One generated call: the method and its arguments, and whether only a well-formed handle is wrong. */
    record Call(ScriptMethod method, List<FuzzValue> args, boolean onlyHandleShaped) {
        @Override
        public String toString() {
            return method.qualifiedName() + args.stream().map(FuzzValue::describe)
                    .collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /**
     * Every method, every wrong argument: a language-native error naming method and parameter, nothing enqueued,
     * no Java exception.
     *
     * @param call the generated call
     * @throws ScriptException when the probe itself fails to load or run (a failure of the property)
     */
    @Property(tries = TRIES)
    void everyBadCallIsANativeErrorNamingMethodAndParameter(@ForAll("badCalls") Call call) throws ScriptException {
        Target target = target();
        String expression = call.method().qualifiedName() + "(" + call.args().stream().map(this::literal)
                .collect(Collectors.joining(", ")) + ")";
        long before = target.commands().submitted();
        target.runtime().load(new ScriptSource("fuzz" + backend().fileExtensions().get(0), probe(expression)));
        ScriptValue answer = target.runtime().call("fuzzProbe", List.of());
        List<ScriptValue> parts = ((ScriptValue.Seq) answer).items();
        String kind = ((ScriptValue.Str) parts.get(0)).value();
        String message = ((ScriptValue.Str) parts.get(1)).value();
        long enqueued = target.commands().submitted() - before;
        if (enqueued != 0) {
            throw new AssertionError(call + " enqueued " + enqueued + " commands; answer " + kind + ": " + message);
        }
        if ("ok".equals(kind)) {
            boolean allowed = call.onlyHandleShaped() && call.method().returnType() == ScriptType.BOOLEAN
                    && "false".equalsIgnoreCase(message);
            if (!allowed) {
                throw new AssertionError(call + " was accepted (returned " + message + ")");
            }
            return;
        }
        if (message.contains("internal error")) {
            throw new AssertionError(call + " hit an engine-side exception: " + kind + ": " + message);
        }
        if (!message.contains(call.method().qualifiedName())) {
            throw new AssertionError(call + ": the error does not name the method: " + kind + ": " + message);
        }
        if (!namesAParameter(call.method(), message)) {
            throw new AssertionError(call + ": the error names no parameter: " + kind + ": " + message);
        }
    }

    private static boolean namesAParameter(ScriptMethod method, String message) {
        if (message.contains("too many arguments") || message.contains("missing argument")
                || message.contains("argument #") || message.contains("arguments[")) {
            return true;
        }
        for (ScriptParam param : method.params()) {
            if (message.contains(param.name() + "=") || message.contains(param.name() + ".")
                    || message.contains(param.name() + "[")) {
                return true;
            }
        }
        return false;
    }

    /** @return calls of every bound method with at least one wrong argument */
    @Provide
    Arbitrary<Call> badCalls() {
        Target target = target();
        return Arbitraries.of(target.methods()).flatMap(method -> callsOf(method, target));
    }

    private Arbitrary<Call> callsOf(ScriptMethod method, Target target) {
        List<ScriptParam> params = method.params();
        List<Arbitrary<Call>> shapes = new ArrayList<>();
        // Too many arguments: valid ones, then an extra non-function value.
        shapes.add(anyValue(2).map(extra -> {
            List<FuzzValue> args = validArgs(params, params.size(), target);
            args.add(extra instanceof FuzzValue.Fn ? new FuzzValue.Num(1) : extra);
            return new Call(method, args, false);
        }));
        int required = (int) params.stream().filter(p -> !p.optional()).count();
        if (required > 0) {
            shapes.add(Arbitraries.integers().between(0, required - 1)
                    .map(n -> new Call(method, validArgs(params, n, target), false)));
        }
        for (int i = 0; i < params.size(); i++) {
            ScriptParam param = params.get(i);
            if (param.type() == ScriptType.ANY || param.type() == ScriptType.NONE) {
                continue;
            }
            int position = i;
            shapes.add(wrongFor(param, target).map(bad -> {
                List<FuzzValue> args = validArgs(params, position, target);
                args.add(bad.value());
                return new Call(method, args, bad.handleShaped());
            }));
        }
        return Arbitraries.oneOf(shapes);
    }

    /** A wrong value, and whether it is a well-formed (forged or stale) handle. */
    private record Bad(FuzzValue value, boolean handleShaped) {
    }

    private Arbitrary<Bad> wrongFor(ScriptParam param, Target target) {
        Arbitrary<FuzzValue> notNumber = Arbitraries.oneOf(strings(), bools(), seqs(2), tables(2), fn());
        Arbitrary<FuzzValue> nonFinite = Arbitraries.of(new FuzzValue.Num(Double.NaN),
                new FuzzValue.Num(Double.POSITIVE_INFINITY), new FuzzValue.Num(Double.NEGATIVE_INFINITY));
        Arbitrary<FuzzValue> wrong = switch (param.type()) {
            case NUMBER -> Arbitraries.oneOf(notNumber, nonFinite);
            case BOOLEAN -> Arbitraries.oneOf(numbers(), strings(), seqs(2), tables(2), fn());
            case STRING -> Arbitraries.oneOf(numbers(), bools(), seqs(2), tables(2), fn());
            case FUNCTION -> Arbitraries.oneOf(numbers(), bools(), strings(), seqs(2), tables(2));
            case VEC2, VEC3 -> Arbitraries.oneOf(numbers(), strings(), tables(2), fn(),
                    vectors(param.type() == ScriptType.VEC2 ? 2 : 3));
            case COLOR -> Arbitraries.oneOf(numbers(), strings(), tables(2), badColors());
            case OPTIONS -> Arbitraries.oneOf(numbers(), strings(), bools(), fn(), nonEmptySeqs(),
                    badOptions(param, target));
            case HANDLE -> Arbitraries.oneOf(notNumber, nonFinite, Arbitraries.of(new FuzzValue.Num(0),
                    new FuzzValue.Num(-1), new FuzzValue.Num(1.5), new FuzzValue.Num(1e300),
                    new FuzzValue.Num(9_007_199_254_740_994.0)));
            default -> throw new IllegalStateException("no wrong values for " + param.type());
        };
        Arbitrary<Bad> plain = wrong.map(v -> new Bad(v, false));
        if (param.type() != ScriptType.HANDLE) {
            return plain;
        }
        Arbitrary<Bad> forged = Arbitraries.longs().between(1_000_000L, (1L << 53) - 1)
                .map(h -> new Bad(new FuzzValue.Num(h), true));
        Arbitrary<Bad> stale = Arbitraries.just(new Bad(new FuzzValue.Num(target.staleHandle()), true));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plain), net.jqwik.api.Tuple.of(2, forged), net.jqwik.api.Tuple.of(2, stale));
    }

    private Arbitrary<FuzzValue> badOptions(ScriptParam param, Target target) {
        Arbitrary<FuzzValue> unknownKey = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1)
                .ofMaxLength(8).filter(k -> param.fields().stream().noneMatch(f -> f.name().equals(k))), numbers())
                .as((k, v) -> new FuzzValue.Table(Map.of(k, v)));
        List<Arbitrary<FuzzValue>> wrongFields = new ArrayList<>();
        wrongFields.add(unknownKey);
        for (ScriptParam field : param.fields()) {
            if (field.type() != ScriptType.ANY) {
                wrongFields.add(wrongFor(field, target).filter(b -> !b.handleShaped())
                        .filter(b -> !(b.value() instanceof FuzzValue.Nil))
                        .map(b -> new FuzzValue.Table(Map.of(field.name(), b.value()))));
            }
        }
        return Arbitraries.oneOf(wrongFields);
    }

    private static Arbitrary<FuzzValue> vectors(int size) {
        Arbitrary<FuzzValue> wrongLength = Arbitraries.integers().between(0, 6).filter(n -> n != size && !(size == 2
                && n == 2)).flatMap(n -> numbers().list().ofSize(n)).map(FuzzValue.Seq::new);
        Arbitrary<FuzzValue> badItem = Combinators.combine(Arbitraries.integers().between(0, size - 1),
                Arbitraries.oneOf(strings(), bools(), seqs(1), Arbitraries.of(new FuzzValue.Num(Double.NaN),
                        new FuzzValue.Num(Double.POSITIVE_INFINITY), new FuzzValue.Num(Double.NEGATIVE_INFINITY))))
                .as((index, item) -> {
                    List<FuzzValue> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        items.add(i == index ? item : new FuzzValue.Num(i));
                    }
                    return new FuzzValue.Seq(items);
                });
        return Arbitraries.oneOf(wrongLength.filter(v -> !((FuzzValue.Seq) v).items().isEmpty()), badItem);
    }

    private static Arbitrary<FuzzValue> badColors() {
        Arbitrary<FuzzValue> outOfRange = Arbitraries.of(256.0, -1.0, 12.5, 1e300, Double.NaN, -1e300)
                .map(c -> new FuzzValue.Seq(List.of(new FuzzValue.Num(0), new FuzzValue.Num(c), new FuzzValue.Num(0),
                        new FuzzValue.Num(255))));
        Arbitrary<FuzzValue> wrongLength = Arbitraries.integers().between(1, 6).filter(n -> n < 3 || n > 4)
                .map(n -> {
                    List<FuzzValue> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(new FuzzValue.Num(10));
                    }
                    return new FuzzValue.Seq(items);
                });
        Arbitrary<FuzzValue> badItem = Arbitraries.oneOf(strings(), bools(), seqs(1))
                .map(item -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), item, new FuzzValue.Num(2))));
        return Arbitraries.oneOf(outOfRange, wrongLength, badItem);
    }

    private static Arbitrary<FuzzValue> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).map(FuzzValue.Num::new),
                Arbitraries.of(0.0, -0.0, -1.0, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9_007_199_254_740_993.0)
                        .map(FuzzValue.Num::new));
    }

    private static Arbitrary<FuzzValue> strings() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24);
        Arbitrary<String> huge = Arbitraries.integers().between(4_096, 20_000).map("x"::repeat);
        return Arbitraries.oneOf(printable, huge, Arbitraries.just("")).map(FuzzValue.Str::new);
    }

    private static Arbitrary<FuzzValue> bools() {
        return Arbitraries.of(true, false).map(FuzzValue.Bool::new);
    }

    private static Arbitrary<FuzzValue> fn() {
        return Arbitraries.just(new FuzzValue.Fn());
    }

    private static Arbitrary<FuzzValue> anyValue(int depth) {
        if (depth <= 0) {
            return Arbitraries.oneOf(numbers(), strings(), bools(), Arbitraries.just(new FuzzValue.Nil()));
        }
        return Arbitraries.oneOf(numbers(), strings(), bools(), seqs(depth), tables(depth), fn());
    }

    private static Arbitrary<FuzzValue> seqs(int depth) {
        return Arbitraries.lazy(() -> anyValue(depth - 1)).list().ofMinSize(1).ofMaxSize(5).map(FuzzValue.Seq::new);
    }

    private static Arbitrary<FuzzValue> nonEmptySeqs() {
        return seqs(2);
    }

    private static Arbitrary<FuzzValue> tables(int depth) {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.lazy(() -> anyValue(depth - 1))).ofMinSize(1).ofMaxSize(4)
                .map(m -> new FuzzValue.Table(new LinkedHashMap<>(m)));
    }

    /** Valid values for the first {@code count} parameters, so the wrong one that follows is reached. */
    private static List<FuzzValue> validArgs(List<ScriptParam> params, int count, Target target) {
        List<FuzzValue> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(valid(params.get(i).type(), target));
        }
        return args;
    }

    private static FuzzValue valid(ScriptType type, Target target) {
        return switch (type) {
            case NUMBER -> new FuzzValue.Num(1);
            case BOOLEAN -> new FuzzValue.Bool(true);
            case STRING -> new FuzzValue.Str("cube");
            case VEC2 -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2)));
            case VEC3 -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2), new FuzzValue.Num(3)));
            case COLOR -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2), new FuzzValue.Num(3),
                    new FuzzValue.Num(255)));
            case HANDLE -> new FuzzValue.Num(target.liveHandle());
            case OPTIONS -> new FuzzValue.Table(Map.of());
            case FUNCTION -> new FuzzValue.Fn();
            default -> new FuzzValue.Nil();
        };
    }

    /** @return this class's runtime with every built-in interface bound, made on first use */
    private Target target() {
        synchronized (TARGETS) {
            Target target = TARGETS.get(getClass());
            if (target == null) {
                target = newTarget();
                TARGETS.put(getClass(), target);
            }
            return target;
        }
    }

    private Target newTarget() {
        MessageRing commands = new MessageRing("fuzz-commands", 1 << 20);
        ScriptApis apis = new ScriptApis(commands, new SnapshotBuffers(64), Map::of);
        ScriptRuntime runtime;
        try {
            runtime = backend().createRuntime();
        } catch (ScriptException e) {
            throw new IllegalStateException("BadInputFuzzKit: the runtime did not start: " + e.getMessage(), e);
        }
        List<ScriptMethod> methods = new ArrayList<>();
        ScriptMethod createMesh = null;
        ScriptMethod destroy = null;
        for (ScriptInterface scriptInterface : apis.interfaces()) {
            runtime.bind(scriptInterface);
            for (ScriptMethod method : scriptInterface.methods()) {
                methods.add(method);
                if (method.qualifiedName().equals("entity.createMesh")) {
                    createMesh = method;
                } else if (method.qualifiedName().equals("entity.destroy")) {
                    destroy = method;
                }
            }
        }
        double live = ((ScriptValue.Num) createMesh.invoke(List.of(ScriptValue.of("cube")))).value();
        double stale = ((ScriptValue.Num) createMesh.invoke(List.of(ScriptValue.of("cube")))).value();
        destroy.invoke(List.of(ScriptValue.of(stale)));
        return new Target(runtime, apis, commands, List.copyOf(methods), live, stale);
    }

    /** Closes the runtimes after the container's properties ran. */
    @AfterContainer
    static void closeRuntimes() {
        synchronized (TARGETS) {
            TARGETS.values().forEach(t -> t.runtime().close());
            TARGETS.clear();
        }
    }

    /**
     * @return a printable-ASCII string as a double-quoted literal valid in JS, Lua and Python (backslash and quote
     *     escaped)
     */
    protected static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
