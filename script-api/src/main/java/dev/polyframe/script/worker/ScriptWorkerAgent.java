package dev.polyframe.script.worker;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptErrorListener;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.protocol.CommandFailedFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.MessageHandler;

/**
 * The script worker's duty cycle, run by an Agrona {@code AgentRunner} (ARCHITECTURE.md §3, script frame): when
 * the main thread triggers a frame, drain the event ring, settle deferred results, call the game's hooks
 * ({@code init()} once, then {@code update(dt)} and {@code render()}), and mark the frame complete.
 *
 * <p>Threads: every method except the counters runs on the worker thread, which owns the {@link ScriptRuntime}:
 * it is created in {@link #onStart()}, used in {@link #doWork()} and closed in {@link #onClose()}. The script is
 * loaded in the first triggered frame, so even its top-level code reads a consistent front snapshot.
 *
 * <p>Errors: every script exception is caught, turned into a {@link ScriptError}, counted and passed to the
 * {@link ScriptErrorListener}; the game goes on with the next hook and frame.
 */
public final class ScriptWorkerAgent implements Agent {
    private final ScriptBackend backend;
    private final ScriptSource source;
    private final ScriptApis apis;
    private final FrameHandoff handoff;
    private final MessageRing events;
    private final ScriptErrorListener errorListener;
    private final AtomicLong errors = new AtomicLong();
    private final CommandFailedFlyweight commandFailed = new CommandFailedFlyweight();
    private final MessageHandler eventHandler = this::onEvent;
    private final List<ScriptValue> dtArgs = new java.util.ArrayList<>(List.of(ScriptValue.NIL));
    private ScriptRuntime runtime;
    private boolean loaded;
    private boolean hasUpdate;
    private boolean hasRender;
    private volatile String runtimeMode = "starting";

    /**
     * @param backend creates the runtime, on the worker thread
     * @param source the game's entry script
     * @param apis the script APIs to bind
     * @param handoff the frame hand-off shared with the main thread
     * @param events the event ring; this agent is its only consumer
     * @param errorListener receives every script error, on the worker thread
     */
    public ScriptWorkerAgent(ScriptBackend backend, ScriptSource source, ScriptApis apis, FrameHandoff handoff,
            MessageRing events, ScriptErrorListener errorListener) {
        this.backend = backend;
        this.source = source;
        this.apis = apis;
        this.handoff = handoff;
        this.events = events;
        this.errorListener = errorListener;
    }

    @Override
    public void onStart() {
        handoff.attachWorker();
        try {
            runtime = backend.createRuntime();
            for (ScriptInterface scriptInterface : apis.interfaces()) {
                runtime.bind(scriptInterface);
            }
            runtimeMode = runtime.mode();
        } catch (ScriptException e) {
            report(e.error());
            runtimeMode = "failed";
        } catch (RuntimeException e) {
            report(internalError("creating the " + backend.language() + " runtime", e));
            runtimeMode = "failed";
        }
    }

    @Override
    public int doWork() {
        if (!handoff.pollTrigger()) {
            return 0;
        }
        long start = System.nanoTime();
        try {
            runFrame(handoff.dtSeconds());
        } finally {
            apis.afterScriptFrame();
            handoff.complete(System.nanoTime() - start);
        }
        return 1;
    }

    private void runFrame(double dtSeconds) {
        events.drain(eventHandler, Integer.MAX_VALUE);
        if (runtime == null) {
            return;
        }
        guard("deferred results", apis::beforeScriptFrame);
        if (!loaded) {
            loaded = true;
            if (!guard("load", () -> runtime.load(source))) {
                return;
            }
            hasUpdate = runtime.hasFunction("update");
            hasRender = runtime.hasFunction("render");
            if (runtime.hasFunction("init")) {
                guard("init", () -> runtime.call("init", List.of()));
            }
        }
        if (hasUpdate) {
            dtArgs.set(0, ScriptValue.of(dtSeconds));
            guard("update", () -> runtime.call("update", dtArgs));
        }
        if (hasRender) {
            guard("render", () -> runtime.call("render", List.of()));
        }
    }

    @FunctionalInterface
    private interface ScriptCall {
        void run() throws ScriptException;
    }

    private boolean guard(String what, ScriptCall call) {
        try {
            call.run();
            return true;
        } catch (ScriptException e) {
            report(e.error());
        } catch (RuntimeException e) {
            report(internalError("running " + what, e));
        }
        return false;
    }

    private void onEvent(int typeId, MutableDirectBuffer buffer, int index, int length) {
        if (typeId == MessageTypeIds.EVENT_COMMAND_FAILED) {
            commandFailed.wrap(buffer, index);
            String reason = commandFailed.reason();
            String method = MessageTypeIds.name(commandFailed.commandType());
            apis.onCommandFailed(commandFailed.handle(), commandFailed.commandType(), reason);
            report(new ScriptError(backend.language(), source.name(), 0, 0, "",
                    method + " failed on the main thread: " + reason, "", method));
        }
    }

    private ScriptError internalError(String what, RuntimeException e) {
        return new ScriptError(backend.language(), source.name(), 0, 0, "", "internal error while " + what + ": "
                + e, "", null);
    }

    private void report(ScriptError error) {
        errors.incrementAndGet();
        errorListener.onScriptError(error);
    }

    @Override
    public void onClose() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }

    @Override
    public String roleName() {
        return "polyframe-script-worker";
    }

    /** @return script errors reported so far; any thread */
    public long errorCount() {
        return errors.get();
    }

    /** @return how the runtime runs code ({@code "interpreter"}, {@code "jit"}), or its state; any thread */
    public String runtimeMode() {
        return runtimeMode;
    }
}
