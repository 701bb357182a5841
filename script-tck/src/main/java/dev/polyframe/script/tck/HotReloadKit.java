package dev.polyframe.script.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.GameWatcher;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptEntry;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.script.worker.ScriptWorkerAgent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hot-reload kit: a backend extends it and each test runs a small game from a temporary game folder through the
 * real engine (NullRenderer), edits its files on disk and reloads it. The games are {@code kits/reload/<version>/}
 * {@code main.<ext>} and {@code util.<ext>} (a module the entry script imports): {@code v1} counts frames, holds an
 * entity handle and a pending result, and saves its state; {@code v2} checks what it received in {@code onLoad},
 * uses the handle and quits; {@code broken} has a syntax error on line 3.
 *
 * <p>Threads: each test runs the engine's main loop on a thread of its own and acts on the game from the JUnit
 * thread ({@link Engine#requestReload()} and {@link Engine#stats()} are any-thread); waits poll with a deadline.
 */
public abstract class HotReloadKit {
    /** Deadline of every wait: GraalPy's first context takes seconds, more on a loaded machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    /** Line of the syntax error in {@code kits/reload/broken/main.<ext>}. */
    private static final int BROKEN_LINE = 3;

    @TempDir
    Path folder;

    private final ProbeInterface probe = new ProbeInterface();
    private final List<ScriptError> errors = new CopyOnWriteArrayList<>();

    /** @return the backend under test */
    protected abstract ScriptBackend backend();

    /** @return the extension of the kit's script files, with the dot; the backend's first by default */
    protected String extension() {
        return backend().fileExtensions().get(0);
    }

    @Test
    void shouldCarryStateAndHandlesIntoTheNewCodeAndRejectTheOldPendingResult() throws Exception {
        install("v1");
        try (RunningGame game = start()) {
            awaitProbe("v1 running", "frames", v -> v instanceof ScriptValue.Num n && n.value() >= 3);
            install("v2");
            game.engine.requestReload();
            EngineStats stats = game.finish();

            assertEquals(1, stats.reloads(), "reloads that took over");
            assertEquals(0, stats.reloadFailures(), "failed reloads");
            assertEquals(List.of(), errors, "script errors");
            Map<String, ScriptValue> state = table(probe.get("state"));
            assertEquals(ScriptValue.of("v1-util"), state.get("tag"), "state.tag saved by the old code");
            assertTrue(state.get("frames") instanceof ScriptValue.Num n && n.value() >= 3, "state.frames: " + state);
            assertEquals(new ScriptValue.Seq(List.of(ScriptValue.of(1), ScriptValue.of("two"), ScriptValue.TRUE)),
                    state.get("list"), "state.list");
            assertEquals(new ScriptValue.Table(Map.of("a", ScriptValue.of(1.5))), state.get("map"), "state.map");
            assertEquals(ScriptValue.of("v2-util"), probe.get("tag"), "the new code's module is the new one");
            assertEquals(ScriptValue.TRUE, probe.get("exists"), "the handle saved by the old code is live");
            assertEquals(new ScriptValue.Seq(List.of(ScriptValue.of(1), ScriptValue.of(2), ScriptValue.of(3))),
                    probe.get("position"), "the entity created by the old code, read through the saved handle");
            assertEquals(null, probe.get("init"), "init() must not run when onLoad exists");
            assertTrue(probe.get("rejected") instanceof ScriptValue.Str s
                    && s.value().contains(ScriptWorkerAgent.RELOAD_REJECTION), "the old code's pending result is "
                    + "rejected with the reload error, got " + probe.get("rejected"));
        }
    }

    @Test
    void shouldKeepTheOldCodeRunningWhenTheNewCodeDoesNotLoad() throws Exception {
        install("v1");
        try (RunningGame game = start()) {
            awaitProbe("v1 running", "frames", v -> v instanceof ScriptValue.Num n && n.value() >= 3);
            install("broken");
            game.engine.requestReload();
            KitFiles.await("the failed reload", DEADLINE, () -> game.engine.stats().reloadFailures() == 1,
                    () -> "errors " + errors);
            double framesAfterFailure = ((ScriptValue.Num) probe.get("frames")).value();
            awaitProbe("the old code's next frames", "frames",
                    v -> v instanceof ScriptValue.Num n && n.value() >= framesAfterFailure + 3);
            assertEquals(1, errors.size(), () -> "one error, the syntax error: " + errors);
            ScriptError error = errors.get(0);
            assertTrue(error.file().endsWith("main" + extension()), "the error names the file: " + error.format());
            assertEquals(BROKEN_LINE, error.line(), () -> "the error names the line: " + error.format());
            assertEquals(null, probe.get("rejected"), "a failed reload leaves the old pending result pending");

            install("v2");
            game.engine.requestReload();
            EngineStats stats = game.finish();
            assertEquals(1, stats.reloads(), "the next good reload takes over");
            assertEquals(ScriptValue.TRUE, probe.get("exists"), "the handle survives both reloads");
        }
    }

    @Test
    void shouldReloadWhenTheWatcherSeesAFileChange() throws Exception {
        install("v1");
        try (RunningGame game = start();
                GameWatcher watcher = GameWatcher.start(folder, game.engine::requestReload,
                        GameWatcher.DEFAULT_DEBOUNCE)) {
            awaitProbe("v1 running", "frames", v -> v instanceof ScriptValue.Num n && n.value() >= 3);
            install("v2");
            KitFiles.await("the reload count to rise after the file change", DEADLINE,
                    () -> game.engine.stats().reloads() >= 1, () -> "errors " + errors);
            EngineStats stats = game.finish();
            assertTrue(watcher.changes() >= 1, "the watcher saw the change");
            assertTrue(stats.reloads() >= 1, "the change reloaded the game: " + stats.reloads());
            assertEquals(ScriptValue.of("v2-util"), probe.get("tag"), "the new code runs");
        }
    }

    private void install(String version) {
        KitFiles.copy("reload/" + version + "/util" + extension(), folder.resolve("util" + extension()));
        KitFiles.copy("reload/" + version + "/main" + extension(), folder.resolve("main" + extension()));
    }

    private void awaitProbe(String what, String key, Predicate<ScriptValue> condition) {
        KitFiles.await(what, DEADLINE, () -> {
            ScriptValue value = probe.get(key);
            return value != null && condition.test(value);
        }, () -> "probe " + probe + ", errors " + errors);
    }

    private static Map<String, ScriptValue> table(ScriptValue value) {
        assertTrue(value instanceof ScriptValue.Table, () -> "expected a table, got " + value);
        return ((ScriptValue.Table) value).entries();
    }

    private RunningGame start() throws IOException {
        ScriptScope scope = ScriptScope.of(folder, Set.of());
        ScriptEntry entry = ScriptEntry.file(scope.root().resolve("main" + extension()), scope);
        EngineConfig config = new EngineConfig(ScenarioRun.HZ, true, 0, DEADLINE.toSeconds(), 1 << 20, 1 << 16,
                4096, 4_000, EngineConfig.defaults().render());
        Engine engine = new Engine(config, new NullRenderer(), backend(), entry, errors::add);
        engine.addInterface(apis -> probe.create());
        return new RunningGame(engine, CompletableFuture.supplyAsync(() -> {
            try (engine) {
                return engine.run();
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "hot-reload-kit-main");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** An engine running on its own main thread; closing waits for it to end. */
    private record RunningGame(Engine engine, CompletableFuture<EngineStats> run) implements AutoCloseable {
        /** Waits for the game to quit by itself (the new code calls {@code engine.quit()}). */
        EngineStats finish() throws InterruptedException, ExecutionException, TimeoutException {
            run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            return engine.stats();
        }

        @Override
        public void close() {
            try {
                run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("the engine did not stop: " + e, e);
            }
        }
    }
}
