package dev.polyframe.script.tck;

import static org.quicktheories.QuickTheory.qt;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.api.AsString;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Bad-input fuzzing (QuickTheories): calls every method of every built-in {@code ScriptInterface} — found from the
 * {@link ScriptMethod} metadata, so a new method is fuzzed with no change here — from the backend's language with
 * generated wrong arguments: wrong types, too many or too few, NaN and infinities, huge, negative and fractional
 * numbers, empty and huge strings, nested arrays and objects, unknown and wrongly typed options, stale and forged
 * handles. Each call must be answered with a language-native error (caught by the script) whose message names the
 * method and a parameter; no Java exception may escape and no internal error may be reported; and nothing may be
 * enqueued (the command ring's count stays put, so the snapshot cannot change). The one exception by contract: a
 * query returning a boolean ({@code entity.exists}) answers {@code false} for a well-formed but forged or stale
 * handle.
 *
 * <p>An ordinary JUnit 5 test: {@value #TRIES} generated calls from a fixed seed ({@value #DEFAULT_SEED}, or the
 * system property {@value #SEED_PROPERTY}); a failure is shrunk and reported as the smallest failing call (method,
 * arguments, the language's answer) with the seed that reproduces it. One runtime per test class is reused for every
 * try. Extend it and implement the three language hooks.
 *
 * <p>Threads: JUnit runs the test, and QuickTheories its tries and shrinks, on the test's one thread, which owns the
 * runtime.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BadInputFuzzKit {
    /** Tries per language: enough to reach every method with many argument shapes, cheap enough for CI. */
    static final int TRIES = 250;
    /** The seed used unless {@link #SEED_PROPERTY} is set, so every run tries the same calls. */
    public static final long DEFAULT_SEED = 20_240_601L;
    /** System property overriding the seed (decimal, or hex with {@code 0x}): {@code -Dpolyframe.fuzz.seed=42}. */
    public static final String SEED_PROPERTY = "polyframe.fuzz.seed";
    /** Bound on shrinking, each step of which re-runs a call in the language. */
    private static final int SHRINK_CYCLES = 200;
    /** Examples QuickTheories may offer per try (it skips, but counts, an example equal to an earlier one). */
    private static final int EXAMPLES_PER_TRY = 4;

    private Target target;
    /** Distinct calls checked so far in this run. */
    private int tried;
    /** Whether a call failed, so QuickTheories is shrinking it: every further call is checked. */
    private boolean shrinking;

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
     */
    @Test
    void everyBadCallIsANativeErrorNamingMethodAndParameter() {
        long seed = seed();
        Target live = target();
        tried = 0;
        shrinking = false;
        // QuickTheories skips an example equal to one already tried, and counts it; the budget of examples is
        // therefore larger, and checks stop counting (and calls stop running) once TRIES distinct calls ran.
        qt().withFixedSeed(seed).withExamples(TRIES * EXAMPLES_PER_TRY).withUnlimitedTestingTime()
                .withShrinkCycles(SHRINK_CYCLES).withReporter(new FailingCallReporter())
                .forAll(badCalls(live)).checkAssert(call -> tryCall(call, live));
        if (tried != TRIES) {
            throw new AssertionError("only " + tried + " distinct calls of " + TRIES + " were generated (seed " + seed
                    + ")");
        }
    }

    /**
     * One try: counted and checked until {@value #TRIES} ran; after a failure every call is a shrinking step and
     * is checked.
     */
    private void tryCall(Call call, Target live) {
        if (!shrinking) {
            if (tried == TRIES) {
                return;
            }
            tried++;
        }
        try {
            check(call, live);
        } catch (RuntimeException | AssertionError e) {
            shrinking = true;
            throw e;
        }
    }

    /** @return the seed: {@value #SEED_PROPERTY} if set, else {@value #DEFAULT_SEED} */
    static long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.decode(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " is not a whole number: " + value, e);
        }
    }

    private void check(Call call, Target live) {
        String expression = call.method().qualifiedName() + "(" + call.args().stream().map(this::literal)
                .collect(Collectors.joining(", ")) + ")";
        long before = live.commands().submitted();
        ScriptValue answer;
        try {
            live.runtime().load(new ScriptSource("fuzz" + backend().fileExtensions().get(0), probe(expression)));
            answer = live.runtime().call("fuzzProbe", List.of());
        } catch (ScriptException e) {
            throw new AssertionError(call + ": the probe failed: " + e.getMessage(), e);
        }
        List<ScriptValue> parts = ((ScriptValue.Seq) answer).items();
        String kind = ((ScriptValue.Str) parts.get(0)).value();
        String message = ((ScriptValue.Str) parts.get(1)).value();
        long enqueued = live.commands().submitted() - before;
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

    /** Reports the smallest failing call, what the language answered, and the seed that reproduces it. */
    private final class FailingCallReporter implements Reporter {
        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                List<Object> others, AsString<Object> describe) {
            throw new AssertionError(report(seed, smallest, cause.toString(), others, describe), cause);
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
                AsString<Object> describe) {
            throw new AssertionError(report(seed, smallest, "the check returned false", others, describe));
        }

        @Override
        public void valuesExhausted(int examplesUsed) {
            throw new IllegalStateException(BadInputFuzzKit.this.getClass().getSimpleName()
                    + ": the generators gave up after " + examplesUsed + " examples");
        }

        private String report(long seed, Object smallest, String failure, List<Object> others,
                AsString<Object> describe) {
            String n = System.lineSeparator();
            return BadInputFuzzKit.this.getClass().getSimpleName() + ": bad-input fuzzing failed at call " + tried
                    + " of " + TRIES + " (shrunk to the smallest failing call)" + n
                    + "smallest failing call: " + describe.asString(smallest) + n
                    + "failure: " + failure + n
                    + "other failing calls: " + others.stream().limit(5).map(describe::asString)
                    .collect(Collectors.joining(n + "    ", n + "    ", "")) + n
                    + "reproduce with -D" + SEED_PROPERTY + "=" + seed;
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
    private Gen<Call> badCalls(Target live) {
        List<Gen<Call>> perMethod = live.methods().stream().map(m -> callsOf(m, live)).toList();
        return oneOf(perMethod);
    }

    private Gen<Call> callsOf(ScriptMethod method, Target live) {
        List<ScriptParam> params = method.params();
        List<Gen<Call>> shapes = new ArrayList<>();
        // Too many arguments: valid ones, then an extra non-function value.
        shapes.add(anyValue(2).map(extra -> {
            List<FuzzValue> args = validArgs(params, params.size(), live);
            args.add(extra instanceof FuzzValue.Fn ? new FuzzValue.Num(1) : extra);
            return new Call(method, args, false);
        }));
        int required = (int) params.stream().filter(p -> !p.optional()).count();
        if (required > 0) {
            shapes.add(between(0, required - 1).map(n -> new Call(method, validArgs(params, n, live), false)));
        }
        for (int i = 0; i < params.size(); i++) {
            ScriptParam param = params.get(i);
            if (param.type() == ScriptType.ANY || param.type() == ScriptType.NONE) {
                continue;
            }
            int position = i;
            shapes.add(wrongFor(param, live, true).map(bad -> {
                List<FuzzValue> args = validArgs(params, position, live);
                args.add(bad.value());
                return new Call(method, args, bad.handleShaped());
            }));
        }
        return oneOf(shapes);
    }

    /** A wrong value, and whether it is a well-formed (forged or stale) handle. */
    private record Bad(FuzzValue value, boolean handleShaped) {
    }

    /**
     * @param handleShaped whether a well-formed forged or stale handle may be generated for a handle
     * @return wrong values for the parameter; never {@code nil} itself (a missing optional is not wrong)
     */
    private Gen<Bad> wrongFor(ScriptParam param, Target live, boolean handleShaped) {
        Gen<FuzzValue> notNumber = oneOf(strings(), bools(), seqs(2), tables(2), fn());
        Gen<FuzzValue> nonFinite = nonFinite();
        Gen<FuzzValue> wrong = switch (param.type()) {
            case NUMBER -> oneOf(notNumber, nonFinite);
            case BOOLEAN -> oneOf(numbers(), strings(), seqs(2), tables(2), fn());
            case STRING -> oneOf(numbers(), bools(), seqs(2), tables(2), fn());
            case FUNCTION -> oneOf(numbers(), bools(), strings(), seqs(2), tables(2));
            case VEC2, VEC3 -> oneOf(numbers(), strings(), tables(2), fn(),
                    vectors(param.type() == ScriptType.VEC2 ? 2 : 3));
            case COLOR -> oneOf(numbers(), strings(), tables(2), badColors());
            case OPTIONS -> oneOf(numbers(), strings(), bools(), fn(), nonEmptySeqs(), badOptions(param, live));
            case HANDLE -> oneOf(notNumber, nonFinite, nums(0, -1, 1.5, 1e300, 9_007_199_254_740_994.0));
            case NUMBERS -> oneOf(numbers(), strings(), bools(), tables(2), fn(), badNumberLists(live));
            // Any other type (a new one included): values no parameter type but ANY accepts; not sequences, which
            // an array type may accept.
            default -> oneOf(strings(), bools(), tables(2), fn());
        };
        Gen<Bad> plain = wrong.map(v -> new Bad(v, false));
        if (param.type() != ScriptType.HANDLE || !handleShaped) {
            return plain;
        }
        Gen<Bad> forged = SourceDSL.longs().between(1_000_000L, (1L << 53) - 1)
                .map(h -> new Bad(new FuzzValue.Num(h), true));
        Gen<Bad> stale = Generate.constant(new Bad(new FuzzValue.Num(live.staleHandle()), true));
        return Generate.frequency(List.of(Pair.of(6, plain), Pair.of(2, forged), Pair.of(2, stale)));
    }

    private Gen<FuzzValue> badOptions(ScriptParam param, Target live) {
        Gen<FuzzValue> unknownKey = alpha(1, 8).map(k -> unknownKey(k, param)).zip(numbers(),
                (k, v) -> new FuzzValue.Table(Map.of(k, v)));
        List<Gen<FuzzValue>> wrongFields = new ArrayList<>();
        wrongFields.add(unknownKey);
        for (ScriptParam field : param.fields()) {
            if (field.type() != ScriptType.ANY) {
                wrongFields.add(wrongFor(field, live, false)
                        .map(b -> new FuzzValue.Table(Map.of(field.name(), b.value()))));
            }
        }
        return oneOf(wrongFields);
    }

    /** @return the key, lengthened until it names none of the parameter's fields */
    private static String unknownKey(String key, ScriptParam param) {
        String unknown = key;
        while (isField(unknown, param)) {
            unknown += "x";
        }
        return unknown;
    }

    private static boolean isField(String key, ScriptParam param) {
        return param.fields().stream().anyMatch(f -> f.name().equals(key));
    }

    private static Gen<FuzzValue> vectors(int size) {
        List<Integer> wrongSizes = IntStream.rangeClosed(1, 6).filter(n -> n != size).boxed().toList();
        Gen<FuzzValue> wrongLength = Generate.pick(wrongSizes)
                .flatMap(n -> SourceDSL.lists().of(numbers()).ofSize(n)).map(FuzzValue.Seq::new);
        Gen<FuzzValue> badItem = between(0, size - 1).zip(oneOf(strings(), bools(), seqs(1), nonFinite()),
                (index, item) -> {
                    List<FuzzValue> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        items.add(i == index ? item : new FuzzValue.Num(i));
                    }
                    return new FuzzValue.Seq(items);
                });
        return oneOf(wrongLength, badItem);
    }

    /** @return flat number lists (bulk calls) with one item that is no finite number, at a generated index */
    private static Gen<FuzzValue> badNumberLists(Target live) {
        return between(1, 6).zip(between(0, 5), oneOf(strings(), bools(), seqs(1), nonFinite()),
                (size, at, item) -> {
                    List<FuzzValue> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        items.add(i == at % size ? item : new FuzzValue.Num(live.liveHandle()));
                    }
                    return new FuzzValue.Seq(items);
                });
    }

    private static Gen<FuzzValue> badColors() {
        Gen<FuzzValue> outOfRange = Generate.pick(List.of(256.0, -1.0, 12.5, 1e300, Double.NaN, -1e300))
                .map(c -> new FuzzValue.Seq(List.of(new FuzzValue.Num(0), new FuzzValue.Num(c), new FuzzValue.Num(0),
                        new FuzzValue.Num(255))));
        Gen<FuzzValue> wrongLength = Generate.pick(List.of(1, 2, 5, 6)).map(n -> {
            List<FuzzValue> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(new FuzzValue.Num(10));
            }
            return new FuzzValue.Seq(items);
        });
        Gen<FuzzValue> badItem = oneOf(strings(), bools(), seqs(1))
                .map(item -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), item, new FuzzValue.Num(2))));
        return oneOf(outOfRange, wrongLength, badItem);
    }

    private static Gen<FuzzValue> numbers() {
        return oneOf(SourceDSL.doubles().between(-1e6, 1e6).map(FuzzValue.Num::new),
                nums(0.0, -0.0, -1.0, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9_007_199_254_740_993.0));
    }

    private static Gen<FuzzValue> nonFinite() {
        return nums(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    /** @return one of the numbers, equally likely */
    private static Gen<FuzzValue> nums(double... values) {
        return Generate.pick(Arrays.stream(values).mapToObj(v -> (FuzzValue) new FuzzValue.Num(v)).toList());
    }

    private static Gen<FuzzValue> strings() {
        Gen<String> printable = SourceDSL.strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 24);
        Gen<String> huge = between(4_096, 20_000).map("x"::repeat);
        return oneOf(printable, huge, Generate.constant("")).map(FuzzValue.Str::new);
    }

    private static Gen<FuzzValue> bools() {
        return Generate.booleans().map(FuzzValue.Bool::new);
    }

    private static Gen<FuzzValue> fn() {
        return Generate.constant(new FuzzValue.Fn());
    }

    private static Gen<FuzzValue> anyValue(int depth) {
        if (depth <= 0) {
            return oneOf(numbers(), strings(), bools(), Generate.constant(new FuzzValue.Nil()));
        }
        return oneOf(numbers(), strings(), bools(), seqs(depth), tables(depth), fn());
    }

    private static Gen<FuzzValue> seqs(int depth) {
        return SourceDSL.lists().of(anyValue(depth - 1)).ofSizeBetween(1, 5).map(FuzzValue.Seq::new);
    }

    private static Gen<FuzzValue> nonEmptySeqs() {
        return seqs(2);
    }

    private static Gen<FuzzValue> tables(int depth) {
        Gen<Pair<String, FuzzValue>> entry = alpha(1, 6).zip(anyValue(depth - 1), Pair::of);
        return SourceDSL.lists().of(entry).ofSizeBetween(1, 4).map(entries -> {
            Map<String, FuzzValue> table = new LinkedHashMap<>();
            entries.forEach(e -> table.putIfAbsent(e._1, e._2));
            return new FuzzValue.Table(table);
        });
    }

    /** @return strings of ASCII letters */
    private static Gen<String> alpha(int minLength, int maxLength) {
        List<Character> letters = IntStream.concat(IntStream.rangeClosed('a', 'z'), IntStream.rangeClosed('A', 'Z'))
                .mapToObj(c -> (char) c).toList();
        return SourceDSL.lists().of(Generate.pick(letters)).ofSizeBetween(minLength, maxLength)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<Integer> between(int min, int max) {
        return SourceDSL.integers().between(min, max);
    }

    /** @return one of the generators, equally likely */
    @SafeVarargs
    private static <T> Gen<T> oneOf(Gen<T>... generators) {
        List<Gen<T>> choices = new ArrayList<>(generators.length);
        for (Gen<T> generator : generators) {
            choices.add(generator);
        }
        return oneOf(choices);
    }

    /** @return one of the generators, equally likely */
    private static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        List<Gen<T>> choices = List.copyOf(generators);
        Gen<Integer> index = between(0, choices.size() - 1);
        return in -> choices.get(index.generate(in)).generate(in);
    }

    /** Valid values for the first {@code count} parameters, so the wrong one that follows is reached. */
    private static List<FuzzValue> validArgs(List<ScriptParam> params, int count, Target live) {
        List<FuzzValue> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(valid(params.get(i).type(), live));
        }
        return args;
    }

    /** @return a valid value of the type; {@code nil} for a type without one here (a new type included) */
    private static FuzzValue valid(ScriptType type, Target live) {
        return switch (type) {
            case NUMBER -> new FuzzValue.Num(1);
            case BOOLEAN -> new FuzzValue.Bool(true);
            case STRING -> new FuzzValue.Str("cube");
            case VEC2 -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2)));
            case VEC3 -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2), new FuzzValue.Num(3)));
            case COLOR -> new FuzzValue.Seq(List.of(new FuzzValue.Num(1), new FuzzValue.Num(2), new FuzzValue.Num(3),
                    new FuzzValue.Num(255)));
            case HANDLE -> new FuzzValue.Num(live.liveHandle());
            case OPTIONS -> new FuzzValue.Table(Map.of());
            case FUNCTION -> new FuzzValue.Fn();
            case NUMBERS -> new FuzzValue.Seq(List.of(new FuzzValue.Num(live.liveHandle())));
            default -> new FuzzValue.Nil();
        };
    }

    /** @return this test instance's runtime with every built-in interface bound, made on first use */
    private Target target() {
        if (target == null) {
            target = newTarget();
        }
        return target;
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

    /** Closes the runtime after the class's tests ran. */
    @AfterAll
    void closeRuntime() {
        if (target != null) {
            target.runtime().close();
            target = null;
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
