package dev.polyframe.script.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reload transaction of {@link ScriptWorkerAgent} with fake runtimes: each {@code createRuntime} makes a fresh
 * one defining the functions of the current {@link #version}; the engine-level behaviour in every language is the
 * hot-reload kit's ({@code script-tck}).
 */
class ScriptWorkerReloadTest {
    private final List<String> calls = new ArrayList<>();
    private final List<ScriptError> errors = new ArrayList<>();
    private final List<Fake> runtimes = new ArrayList<>();
    private final FrameHandoff handoff = new FrameHandoff();
    private final ScriptApis apis = new ScriptApis(new MessageRing("commands", 1 << 16),
            new SnapshotBuffers(16), Map::of);
    private Map<String, Fake.Hook> version = new HashMap<>();
    private boolean failStart;
    private ScriptWorkerAgent agent;

    /** A runtime whose functions are the version current when it was created. */
    private final class Fake implements ScriptRuntime {
        @FunctionalInterface
        interface Hook {
            ScriptValue call(List<ScriptValue> args) throws ScriptException;
        }

        final int id = runtimes.size();
        final Map<String, Hook> functions = new HashMap<>(version);
        boolean closed;

        @Override
        public String language() {
            return "fake";
        }

        @Override
        public String mode() {
            return "test";
        }

        @Override
        public void bind(ScriptInterface scriptInterface) {
        }

        @Override
        public void load(ScriptSource source) throws ScriptException {
            calls.add(id + ":load");
            Hook top = functions.get("<top>");
            if (top != null) {
                top.call(List.of());
            }
        }

        @Override
        public boolean hasFunction(String name) {
            return functions.containsKey(name);
        }

        @Override
        public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
            calls.add(id + ":" + name + args.stream().map(ScriptValue::display).toList());
            return functions.get(name).call(args);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final ScriptBackend backend = new ScriptBackend() {
        @Override
        public String language() {
            return "fake";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of(".fake");
        }

        @Override
        public ScriptRuntime createRuntime() throws ScriptException {
            if (failStart) {
                throw failure("cannot start");
            }
            Fake fake = new Fake();
            runtimes.add(fake);
            return fake;
        }
    };

    private static ScriptException failure(String message) {
        return new ScriptException(new ScriptError("fake", "main.fake", 2, 1, "", message, "", null), null);
    }

    private void start() {
        agent = new ScriptWorkerAgent(backend, new ScriptSource("main.fake", ""), apis, handoff,
                new MessageRing("events", 1 << 12), errors::add);
        agent.onStart();
        frame();
    }

    private void frame() {
        handoff.trigger(0.016);
        agent.doWork();
    }

    private void reload() {
        agent.requestReload();
        frame();
    }

    @Test
    void shouldKeepTheOldCodeWhenOnSaveReturnsAFunction() {
        version.put("update", args -> ScriptValue.NIL);
        version.put("onSave", args -> new ScriptValue.Table(Map.of("f", new ScriptValue.Callable(a -> a.get(0)))));
        start();
        reload();
        assertEquals(0, agent.reloadCount());
        assertEquals(1, agent.reloadFailureCount());
        assertTrue(errors.get(0).message().contains("state.f is a function"), errors.get(0).message());
        assertTrue(runtimes.get(1).closed, "the new runtime is closed");
        assertTrue(!runtimes.get(0).closed, "the old runtime runs on");
        frame();
        assertEquals("0:update[0.016]", calls.get(calls.size() - 1));
    }

    @Test
    void shouldKeepTheOldCodeWhenOnSaveThrows() {
        version.put("onSave", args -> {
            throw failure("save failed");
        });
        start();
        reload();
        assertEquals(1, agent.reloadFailureCount());
        assertEquals("save failed", errors.get(0).message());
        assertTrue(runtimes.get(1).closed && !runtimes.get(0).closed);
    }

    @Test
    void shouldRunInitWhenTheNewCodeHasNoOnLoad() {
        version.put("init", args -> ScriptValue.NIL);
        version.put("onSave", args -> ScriptValue.of(5));
        start();
        version.remove("onSave");
        reload();
        assertEquals(List.of("0:load", "0:init[]", "1:load", "0:onSave[]", "1:init[]"), calls);
        assertTrue(runtimes.get(0).closed);
        assertEquals(1, agent.reloadCount());
    }

    @Test
    void shouldPassTheSavedStateToOnLoadInsteadOfInit() {
        version.put("init", args -> ScriptValue.NIL);
        version.put("onSave", args -> new ScriptValue.Seq(List.of(ScriptValue.of(1), ScriptValue.of("a"))));
        version.put("onLoad", args -> ScriptValue.NIL);
        start();
        reload();
        assertEquals(List.of("0:load", "0:init[]", "1:load", "0:onSave[]", "1:onLoad[[1, \"a\"]]"), calls);
    }

    @Test
    void shouldStartTheGameOnReloadWhenTheFirstRuntimeFailedToStart() {
        failStart = true;
        version.put("init", args -> ScriptValue.NIL);
        start();
        assertEquals(1, errors.size());
        failStart = false;
        reload();
        assertEquals(List.of("0:load", "0:init[]"), calls);
        assertEquals(1, agent.reloadCount());
    }
}
