package dev.polyframe.script.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import dev.polyframe.sync.protocol.CommandFailedFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Drives the agent's duty cycle on the test thread with a fake runtime whose hooks are Java lambdas. */
class ScriptWorkerAgentTest {
    private static final String LANGUAGE = "fake";

    /** A script function. */
    @FunctionalInterface
    private interface Hook {
        ScriptValue call(List<ScriptValue> args) throws ScriptException;
    }

    private final List<String> calls = new ArrayList<>();
    private final List<ScriptError> errors = new ArrayList<>();
    private final Map<String, Hook> script = new HashMap<>();
    private final MessageRing commands = new MessageRing("commands", 1 << 16);
    private final MessageRing events = new MessageRing("events", 1 << 12);
    private final SnapshotBuffers snapshot = new SnapshotBuffers(16);
    private final ScriptApis apis = new ScriptApis(commands, snapshot, Map::of);
    private final FrameHandoff handoff = new FrameHandoff();
    private final ScriptSource source = new ScriptSource("games/test/main.fake", "-- fake");
    private final FakeRuntime runtime = new FakeRuntime();
    private ScriptBackend backend = new FakeBackend();
    private ScriptWorkerAgent agent;

    /** Records every call; the "script" defines the functions in {@link #script} when loaded. */
    private final class FakeRuntime implements ScriptRuntime {
        final List<ScriptInterface> bound = new ArrayList<>();
        final Map<String, Hook> functions = new HashMap<>();
        ScriptException loadFailure;
        int closes;

        @Override
        public String language() {
            return LANGUAGE;
        }

        @Override
        public String mode() {
            return "test";
        }

        @Override
        public void bind(ScriptInterface scriptInterface) {
            bound.add(scriptInterface);
        }

        @Override
        public void load(ScriptSource loaded) throws ScriptException {
            calls.add("load " + loaded.name());
            if (loadFailure != null) {
                throw loadFailure;
            }
            functions.putAll(script);
        }

        @Override
        public boolean hasFunction(String name) {
            return functions.containsKey(name);
        }

        @Override
        public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
            calls.add(name + args.stream().map(ScriptValue::display).collect(Collectors.joining(", ", "(", ")")));
            Hook hook = functions.get(name);
            if (hook == null) {
                throw scriptException(name + " is not defined");
            }
            return hook.call(List.copyOf(args));
        }

        @Override
        public void close() {
            closes++;
        }
    }

    private class FakeBackend implements ScriptBackend {
        @Override
        public String language() {
            return LANGUAGE;
        }

        @Override
        public List<String> fileExtensions() {
            return List.of(".fake");
        }

        @Override
        public ScriptRuntime createRuntime() throws ScriptException {
            return runtime;
        }
    }

    private ScriptException scriptException(String message) {
        return new ScriptException(new ScriptError(LANGUAGE, source.name(), 3, 5, "update", message,
                "at update (main.fake:3)", null), null);
    }

    private ScriptWorkerAgent startedAgent() {
        agent = new ScriptWorkerAgent(backend, source, apis, handoff, events, errors::add);
        agent.onStart();
        return agent;
    }

    private int frame(double dtSeconds) {
        handoff.trigger(dtSeconds);
        return agent.doWork();
    }

    private void define(String name) {
        script.put(name, args -> ScriptValue.NIL);
    }

    /** Calls an API method the way a bound script would. */
    private ScriptValue api(String qualifiedName, List<ScriptValue> args) {
        int dot = qualifiedName.indexOf('.');
        return runtime.bound.stream().filter(i -> i.name().equals(qualifiedName.substring(0, dot))).findFirst()
                .orElseThrow().method(qualifiedName.substring(dot + 1)).invoke(args);
    }

    private void sendCommandFailed(long handle, int commandType, String reason) {
        byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
        int index = events.tryClaim(MessageTypeIds.EVENT_COMMAND_FAILED, CommandFailedFlyweight.length(utf8.length));
        new CommandFailedFlyweight().wrap(events.buffer(), index).set(handle, commandType, utf8);
        events.commit(index);
    }

    @Test
    void shouldBindEveryInterfaceOnStart() {
        startedAgent();

        assertEquals(List.of("entity", "camera", "debug", "engine", "input"),
                runtime.bound.stream().map(ScriptInterface::name).toList());
        assertEquals("test", agent.runtimeMode());
    }

    @Test
    void shouldDoNothingUntilTriggered() {
        startedAgent();

        assertEquals(0, agent.doWork());
        assertEquals(List.of(), calls, "loaded before the first triggered frame");
    }

    @Test
    void shouldLoadThenInitThenUpdateWithDtThenRenderOnFirstFrame() {
        define("init");
        define("update");
        define("render");
        startedAgent();

        assertEquals(1, frame(0.25));

        assertEquals(List.of("load games/test/main.fake", "init()", "update(0.25)", "render()"), calls);
    }

    @Test
    void shouldCallInitOnceAndUpdateEveryFrameWithThatFramesDt() {
        define("init");
        define("update");
        startedAgent();

        frame(0.25);
        frame(0.5);

        assertEquals(List.of("load games/test/main.fake", "init()", "update(0.25)", "update(0.5)"), calls);
    }

    @Test
    void shouldSkipHooksTheScriptDoesNotDefine() {
        define("render");
        startedAgent();

        frame(0.016);

        assertEquals(List.of("load games/test/main.fake", "render()"), calls);
    }

    @Test
    void shouldCompleteFrameSoMainThreadSeesWorkerIdle() {
        define("update");
        startedAgent();

        frame(0.016);

        assertTrue(handoff.workerIdle());
        assertEquals(1, handoff.completedFrames());
    }

    @Test
    void shouldReportUpdateErrorAndCountIt() {
        ScriptException failure = scriptException("boom");
        script.put("update", args -> {
            throw failure;
        });
        startedAgent();

        frame(0.016);

        assertEquals(List.of(failure.error().withContext("update", 0, 1)), errors);
        assertEquals(1, agent.errorCount());
        assertTrue(handoff.workerIdle(), "the failing frame still completed");
    }

    @Test
    void shouldRunRenderAndNextFrameAfterUpdateError() {
        int[] updates = {0};
        script.put("update", args -> {
            if (updates[0]++ == 0) {
                throw scriptException("first frame fails");
            }
            return ScriptValue.NIL;
        });
        define("render");
        startedAgent();

        frame(0.1);
        frame(0.2);

        assertEquals(List.of("load games/test/main.fake", "update(0.1)", "render()", "update(0.2)", "render()"),
                calls);
        assertEquals(1, agent.errorCount());
    }

    @Test
    void shouldReportJavaExceptionInHookAsInternalError() {
        script.put("update", args -> {
            throw new IllegalStateException("bug in a binding");
        });
        startedAgent();

        frame(0.016);

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("internal error while running update"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("bug in a binding"), errors.get(0).message());
        assertTrue(handoff.workerIdle());
    }

    @Test
    void shouldReportLoadErrorAndNeverCallHooks() {
        define("init");
        define("update");
        runtime.loadFailure = scriptException("syntax error");
        startedAgent();

        frame(0.016);
        frame(0.016);

        assertEquals(List.of("load games/test/main.fake"), calls);
        assertEquals(List.of(runtime.loadFailure.error().withContext("load", 0, 1)), errors);
        assertEquals(2, handoff.completedFrames());
    }

    @Test
    void shouldReportRuntimeCreationFailureAndKeepCompletingFrames() {
        ScriptException failure = scriptException("no runtime");
        backend = new FakeBackend() {
            @Override
            public ScriptRuntime createRuntime() throws ScriptException {
                throw failure;
            }
        };
        startedAgent();

        assertEquals(1, frame(0.016));

        assertEquals(List.of(failure.error().withContext("start", -1, 0)), errors);
        assertEquals("failed", agent.runtimeMode());
        assertTrue(handoff.workerIdle());
    }

    @Test
    void shouldDeliverCommandFailedEventAsScriptErrorNamingTheCommand() {
        startedAgent();
        sendCommandFailed(7, MessageTypeIds.ENTITY_SET_POSITION, "no entity «7»");

        frame(0.016);

        assertEquals(1, errors.size());
        ScriptError error = errors.get(0);
        assertEquals("entity.setPosition", error.apiMethod());
        assertEquals(LANGUAGE, error.language());
        assertEquals(source.name(), error.file());
        assertTrue(error.message().contains("entity.setPosition failed on the main thread: no entity «7»"),
                error.message());
        assertEquals(1, agent.errorCount());
    }

    @Test
    void shouldRejectPendingReadyWhenCreateFailedEventArrives() {
        List<List<ScriptValue>> readyCalls = new ArrayList<>();
        long[] handle = new long[1];
        script.put("init", args -> {
            ScriptValue created = api("entity.createMesh", List.of(ScriptValue.of("cube")));
            handle[0] = (long) ((ScriptValue.Num) created).value();
            api("entity.ready", List.of(created, new ScriptValue.Callable(result -> {
                readyCalls.add(result);
                return ScriptValue.NIL;
            })));
            return ScriptValue.NIL;
        });
        startedAgent();
        frame(0.016);
        sendCommandFailed(handle[0], MessageTypeIds.ENTITY_CREATE_MESH, "entity capacity reached");

        frame(0.016);

        assertEquals(1, readyCalls.size());
        assertEquals(ScriptValue.NIL, readyCalls.get(0).get(0));
        String reason = assertInstanceOf(ScriptValue.Str.class, readyCalls.get(0).get(1)).value();
        assertTrue(reason.contains("could not be created: entity capacity reached"), reason);
        assertEquals("entity.createMesh", errors.get(0).apiMethod());
    }

    @Test
    void shouldSettleReadyResultsBeforeCallingUpdate() {
        script.put("init", args -> {
            ScriptValue created = api("entity.createMesh", List.of(ScriptValue.of("cube")));
            api("entity.ready", List.of(created, new ScriptValue.Callable(result -> {
                calls.add("ready " + ScriptValue.display(result.get(0)));
                return ScriptValue.NIL;
            })));
            return ScriptValue.NIL;
        });
        define("update");
        startedAgent();
        frame(0.1);
        snapshot.allocate(1);
        snapshot.publish(1, 0.1);

        frame(0.2);

        assertEquals(List.of("load games/test/main.fake", "init()", "update(0.1)", "ready 1", "update(0.2)"), calls);
        assertEquals(List.of(), errors);
    }

    @Test
    void shouldReportScriptErrorThrownByReadyCallback() {
        ScriptException failure = scriptException("callback failed");
        script.put("init", args -> {
            ScriptValue created = api("entity.createMesh", List.of(ScriptValue.of("cube")));
            api("entity.ready", List.of(created, new ScriptValue.Callable(result -> {
                throw failure;
            })));
            return ScriptValue.NIL;
        });
        define("update");
        startedAgent();
        frame(0.1);
        snapshot.allocate(1);
        snapshot.publish(1, 0.1);

        frame(0.2);

        assertEquals(List.of(failure.error().withContext("callback", 1, 2)), errors);
        assertTrue(calls.contains("update(0.2)"), "the frame went on after the callback failed");
    }

    @Test
    void shouldCloseRuntimeOnceOnClose() {
        startedAgent();

        agent.onClose();
        agent.onClose();

        assertEquals(1, runtime.closes);
    }

    @Test
    void shouldNameItsRole() {
        assertEquals("polyframe-script-worker", startedAgent().roleName());
    }
}
