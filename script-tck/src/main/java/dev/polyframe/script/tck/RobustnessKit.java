package dev.polyframe.script.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptErrorListener;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.script.worker.ScriptBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The robustness kit: one error model, the watchdog and the exception storm, checked the same way for every backend.
 * Extend it like {@link BackendConformanceKit}; each test runs a script {@code robustness/<name><ext>} through the
 * real engine ({@link NullRenderer}) and asserts every {@link ScriptError} field. Expected lines are not hard-coded:
 * a script marks them with a comment containing {@code @error} (or {@code @runaway}, {@code @onerror}).
 *
 * <p>Error sources covered: an exception in a hook, in a trailing callback, in the language's own deferred-result
 * handler (JS {@code .then}, Lua {@code polyframe.spawn} task, Python {@code async def} task), a syntax error, an
 * uncaught API validation error, a command that failed on the main thread, and the game's {@code onError} hook
 * (fields as a native object; an error inside it does not recurse). Watchdog: a runaway {@code update} (three in a
 * row pause the script; {@code resumeScripts()} resumes it), a runaway callback and a runaway top level.
 *
 * <p>A backend whose compiled code cannot be interrupted in a pure loop (LuaJC) overrides
 * {@link #interruptsPureLoops()}; its runaway scripts are then the {@code .hostcall} variants, whose loops call an
 * engine function.
 *
 * <p>Threads: JUnit's test thread is each run's main thread.
 */
public abstract class RobustnessKit {
    /** Main frames per second of a run. */
    static final int HZ = 120;
    /** Game seconds a run may take after loading. */
    static final double LIMIT_SECONDS = 30;
    /** Frame budget of the watchdog runs, milliseconds. */
    static final long BUDGET_MILLIS = 1_000;
    /** Heap growth allowed between the 300th and the 599th error of the storm, bytes. */
    static final long STORM_HEAP_GROWTH_BYTES = 16L << 20;

    /** @return the backend under test */
    protected abstract ScriptBackend backend();

    /** @return whether the runtime stops a loop that calls nothing ({@code false} for LuaJC) */
    protected boolean interruptsPureLoops() {
        return true;
    }

    /**
     * @return whether an interrupted script is located at the running line; {@code false} when the runtime locates it
     *     only at the running function's first line (GraalPy; GraalJS in JIT-compiled code)
     */
    protected boolean locatesInterruptedLine() {
        return true;
    }

    /**
     * @return how much the heap after GC may grow between the storm's 300th and 599th error; a leak in the error
     *     path grows with every error, so this bounds the bytes retained per error at about a 300th of it
     */
    protected long stormHeapGrowthBytes() {
        return STORM_HEAP_GROWTH_BYTES;
    }

    /** @return whether the language reports columns ({@code false} for Lua, which has none) */
    protected boolean reportsColumns() {
        return true;
    }

    /** What a run produced. */
    record Outcome(List<ScriptError> errors, EngineStats stats, SinkInterface sink, long rendered,
            ScriptSource source) {
    }

    @Test
    void shouldReportAnExceptionInAHookWithEveryField() {
        Outcome run = run("hook_error", defaultConfig(), e -> { });
        ScriptError error = single(run);
        assertLocated(run, error, "@error", "boom in update");
        assertEquals("update", error.function());
        assertEquals("update", error.hook());
        assertNull(error.apiMethod());
        assertEquals(2, error.scriptFrame(), "the script frame that threw");
        assertTrue(error.mainFrame() >= 1, "main frame " + error.mainFrame());
        assertTrue(error.scriptStack().contains(run.source().name()), error.scriptStack());
        String printed = error.format();
        assertTrue(printed.startsWith(error.file() + ":" + error.line() + ":" + error.column() + ": "), printed);
        assertTrue(run.stats().lastScriptError().contains("boom in update"), run.stats().lastScriptError());
        assertEquals(1, run.stats().scriptErrors());
        assertTrue(run.sink().count("update") >= 4, "frames after the error still ran");
    }

    @Test
    void shouldReportAnExceptionInACallback() {
        Outcome run = run("callback_error", defaultConfig(), e -> { });
        ScriptError error = single(run);
        assertLocated(run, error, "@error", "boom in callback");
        assertEquals("callback", error.hook());
    }

    @Test
    void shouldReportAnExceptionInTheLanguagesDeferredHandler() {
        Outcome run = run("handler_error", defaultConfig(), e -> { });
        ScriptError error = single(run);
        assertLocated(run, error, "@error", "boom in handler");
        assertEquals("callback", error.hook());
    }

    @Test
    void shouldReportASyntaxErrorAtItsLine() {
        Outcome run = run("syntax_error", defaultConfig().withMaxSeconds(1), e -> { });
        ScriptError error = single(run);
        assertEquals(backend().language(), error.language());
        assertEquals(run.source().name(), error.file());
        assertEquals(markedLine(run.source(), "@error"), error.line(), error.format());
        assertEquals("load", error.hook());
        assertEquals(1, error.scriptFrame());
        assertTrue(run.rendered() > 1, "main frames went on");
    }

    @Test
    void shouldReportAnUncaughtApiErrorWithItsMethod() {
        Outcome run = run("api_error", defaultConfig(), e -> { });
        ScriptError error = single(run);
        assertLocated(run, error, "@error", "position=");
        assertEquals("entity.setPosition", error.apiMethod());
        assertEquals("update", error.hook());
        assertTrue(error.message().contains("entity.setPosition"), error.message());
    }

    @Test
    void shouldReportACommandThatFailedOnTheMainThread() {
        EngineConfig small = new EngineConfig(HZ, true, 0, LIMIT_SECONDS, 1 << 20, 1 << 16, 2, 4_000,
                EngineConfig.defaults().render());
        Outcome run = run("engine_error", small, e -> { });
        ScriptError error = single(run);
        assertEquals(backend().language(), error.language());
        assertEquals(run.source().name(), error.file());
        assertEquals("engine", error.hook());
        assertEquals("entity.createMesh", error.apiMethod());
        assertTrue(error.message().contains("failed on the main thread"), error.message());
        assertTrue(error.scriptFrame() >= 2, "delivered in a later script frame: " + error.scriptFrame());
        assertEquals(1, run.sink().count("rejected"), "the deferred result was rejected too");
    }

    @Test
    void shouldDeliverErrorsToOnErrorAsANativeObjectWithoutRecursion() {
        Outcome run = run("on_error", defaultConfig(), e -> { });
        assertEquals(2, run.errors().size(), () -> "the update error and the onError error: " + run.errors());
        ScriptError first = run.errors().get(0);
        ScriptError second = run.errors().get(1);
        assertLocated(run, first, "@error", "boom in update");
        assertLocated(run, second, "@onerror", "boom in onError");
        assertEquals("onError", second.hook());
        assertEquals(1, run.sink().count("onError"), "onError is not called for its own error");
        ScriptValue.Table err = assertInstanceOf(ScriptValue.Table.class, run.sink().value("err"));
        Map<String, ScriptValue> fields = err.entries();
        assertEquals(ScriptValue.of(first.file()), fields.get("file"));
        assertEquals(ScriptValue.of(first.line()), fields.get("line"));
        assertEquals(ScriptValue.of(first.column()), fields.get("column"));
        assertEquals(ScriptValue.of("update"), fields.get("function"));
        assertEquals(ScriptValue.of("update"), fields.get("hook"));
        assertEquals(ScriptValue.of(backend().language()), fields.get("language"));
        assertEquals(ScriptValue.of(first.message()), fields.get("message"));
        assertEquals(ScriptValue.of(first.scriptStack()), fields.get("stack"));
        assertEquals(ScriptValue.of(2), fields.get("scriptFrame"));
        assertEquals(ScriptValue.of(first.mainFrame()), fields.get("mainFrame"));
        assertEquals(ScriptValue.of(first.format()), fields.get("text"));
        assertTrue(run.sink().count("update") >= 5, "the game went on");
    }

    @Test
    void shouldInterruptARunawayUpdatePauseAfterThreeAndResume() {
        AtomicReference<Engine> engine = new AtomicReference<>();
        ScriptErrorListener resumeOnPause = error -> {
            if (error.message().contains("is paused")) {
                engine.get().resumeScripts();
            }
        };
        Outcome run = run(runaway("runaway_update"), watchdogConfig(BUDGET_MILLIS, 5_000), engine::set,
                resumeOnPause);
        List<ScriptError> interrupted = run.errors().stream().filter(e -> e.message().contains("watchdog")).toList();
        assertEquals(3, interrupted.size(), () -> "three runaway frames: " + run.errors());
        for (ScriptError error : interrupted) {
            assertEquals("update", error.hook());
            assertTrue(error.message().contains("budget of " + BUDGET_MILLIS + " ms"), error.message());
            assertEquals(run.source().name(), error.file());
            assertInterruptedAt(run, error);
            if (locatesInterruptedLine()) {
                assertEquals("update", error.function());
            }
            // Else compiled code may be stopped with no guest frame to name: the location is the function's first
            // line (checked above) and the function name may be empty or the enclosing code's.
        }
        assertTrue(run.errors().stream().anyMatch(e -> e.message().contains("is paused")), "paused after three");
        assertEquals(4, run.errors().size(), () -> "three interrupts and the pause: " + run.errors());
        assertEquals(ScriptValue.of(8), run.sink().value("after"), "the context ran frames after the runaway");
        assertEquals(3, run.stats().watchdogInterrupts());
        assertTrue(run.stats().watchdogLatencyMs() >= 0, "latency measured");
        assertFalse(run.stats().scriptPaused(), "resumed");
        assertEquals(run.stats().frames(), run.rendered(), "every main frame rendered");
    }

    @Test
    void shouldInterruptARunawayCallback() {
        Outcome run = run(runaway("runaway_callback"), watchdogConfig(BUDGET_MILLIS, 5_000), e -> { },
                e -> { });
        ScriptError error = single(run);
        assertEquals("callback", error.hook());
        assertTrue(error.message().contains("budget of " + BUDGET_MILLIS + " ms"), error.message());
        assertInterruptedAt(run, error);
        assertTrue(run.sink().count("update") >= 5, "frames after the runaway callback ran");
    }

    @Test
    void shouldInterruptARunawayTopLevel() {
        Outcome run = run(runaway("runaway_load"), watchdogConfig(BUDGET_MILLIS, 300).withMaxSeconds(2), e -> { },
                e -> { });
        ScriptError error = single(run);
        assertEquals("load", error.hook());
        assertTrue(error.message().contains("budget of 300 ms"), error.message());
        assertInterruptedAt(run, error);
        assertTrue(run.stats().scriptFrames() > 10, "script frames go on: " + run.stats().scriptFrames());
    }

    /**
     * The exception storm: {@code update} throws in each of 599 script frames, then quits. Every main frame renders,
     * every error is counted and delivered, the log keeps one line per repeat window, and the heap after a full GC
     * does not grow between the 300th and the 599th error.
     */
    @Test
    @Tag("slow")
    void shouldSurviveAnExceptionStormWithFlatMemory() {
        long[] heap = new long[2];
        AtomicLong seen = new AtomicLong();
        ScriptErrorListener measure = error -> {
            long n = seen.incrementAndGet();
            if (n == 300) {
                heap[0] = usedHeapAfterGc();
            } else if (n == 599) {
                heap[1] = usedHeapAfterGc();
            }
        };
        // A generous budget: the storm is about errors, and a loaded machine must not add watchdog errors to it.
        EngineConfig config = new EngineConfig(240, true, 0, LIMIT_SECONDS, 1 << 20, 1 << 16, 4096, 4_000,
                EngineConfig.defaults().render(), new ScriptBudget(5_000, 5_000, 3));
        Outcome run = run("storm", config, e -> { }, measure);
        assertEquals(599, run.stats().scriptErrors(), "every error counted");
        assertEquals(599, seen.get(), "every error delivered");
        assertTrue(run.stats().scriptErrorsSuppressed() >= 590, "repeats rate-limited in the log: "
                + run.stats().scriptErrorsSuppressed());
        assertEquals(run.stats().frames(), run.rendered(), "every main frame rendered");
        assertTrue(heap[1] - heap[0] < stormHeapGrowthBytes(), () -> "heap after GC grew from " + heap[0] + " to "
                + heap[1] + " bytes between the 300th and the 599th error");
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private void assertInterruptedAt(Outcome run, ScriptError error) {
        int marked = markedLine(run.source(), "@runaway");
        if (locatesInterruptedLine()) {
            assertEquals(marked, error.line(), error.format());
        } else {
            assertTrue(error.line() >= 1 && error.line() <= marked, "at or above the loop: " + error.format());
        }
    }

    private String runaway(String name) {
        return interruptsPureLoops() ? name : name + ".hostcall";
    }

    private void assertLocated(Outcome run, ScriptError error, String marker, String fragment) {
        assertEquals(backend().language(), error.language());
        assertEquals(run.source().name(), error.file(), error.format());
        assertEquals(markedLine(run.source(), marker), error.line(), error.format());
        if (reportsColumns()) {
            assertTrue(error.column() > 0, "column of " + error.format());
        } else {
            assertEquals(0, error.column());
        }
        assertTrue(error.message().contains(fragment), error.message());
        assertFalse(error.message().startsWith(error.file() + ":"), "message without location: " + error.message());
    }

    private static ScriptError single(Outcome run) {
        assertEquals(1, run.errors().size(), () -> "exactly one error: " + run.errors());
        ScriptError error = run.errors().get(0);
        assertNotNull(error.hook());
        return error;
    }

    /** @return the 1-based line of the first line containing the marker */
    static int markedLine(ScriptSource source, String marker) {
        List<String> lines = source.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(source.name() + " has no line marked " + marker);
    }

    private static EngineConfig defaultConfig() {
        return new EngineConfig(HZ, true, 0, LIMIT_SECONDS, 1 << 20, 1 << 16, 4096, 4_000,
                EngineConfig.defaults().render());
    }

    private static EngineConfig watchdogConfig(long frameMillis, long loadMillis) {
        return defaultConfig().withScriptBudget(new ScriptBudget(frameMillis, loadMillis, 3));
    }

    private Outcome run(String name, EngineConfig config, Consumer<Engine> setup) {
        return run(name, config, setup, e -> { });
    }

    private Outcome run(String name, EngineConfig config, Consumer<Engine> setup, ScriptErrorListener also) {
        String ext = backend().fileExtensions().get(0);
        ScriptSource source = new ScriptSource(name.replace(".hostcall", "") + ext,
                resource("robustness/" + name + ext));
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        SinkInterface sink = new SinkInterface();
        NullRenderer renderer = new NullRenderer();
        Engine engine = new Engine(config, renderer, backend(), source, error -> {
            errors.add(error);
            also.onScriptError(error);
        });
        engine.addInterface(apis -> sink.create());
        setup.accept(engine);
        EngineStats stats;
        try {
            engine.run();
        } finally {
            engine.close();
        }
        stats = engine.stats();
        return new Outcome(List.copyOf(errors), stats, sink, renderer.framesRendered(), source);
    }

    private static String resource(String path) {
        try (InputStream in = RobustnessKit.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing kit script " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
