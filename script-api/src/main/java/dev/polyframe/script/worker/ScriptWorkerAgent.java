package dev.polyframe.script.worker;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptEntry;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptErrorListener;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.protocol.CommandFailedFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *
 * <p>Hot reload ({@link #requestReload()}, any thread): at the start of the next script frame, after events and
 * deferred results, the worker reads the entry script again and loads it in a fresh runtime (module top level). If
 * that fails the old runtime keeps running and the failure is reported as a {@link ScriptError}. If it succeeds,
 * the old runtime's optional {@code onSave()} returns plain data (nil, booleans, numbers, strings, lists,
 * string-keyed maps), the old runtime's pending results are rejected with {@value #RELOAD_REJECTION}, the old
 * runtime is closed, and the new one gets {@code onLoad(state)} when it defines it, else {@code init()}. Entities,
 * cameras and their handles belong to the engine and survive. {@code onSave} failing, or returning a function or a
 * pending result, aborts the reload (old code keeps running).
 */
public final class ScriptWorkerAgent implements Agent {
    /** The message pending results of the replaced runtime are rejected with. */
    public static final String RELOAD_REJECTION = "reload: the script was reloaded; this result belonged to the old "
            + "code";
    /** Pending results a runtime may hold before settled ones are pruned from its list. */
    private static final int PRUNE_THRESHOLD = 64;

    private final ScriptBackend backend;
    private final ScriptEntry entry;
    private ScriptSource source;
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
    private final AtomicBoolean reloadRequested = new AtomicBoolean();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong reloadFailures = new AtomicLong();
    private List<Deferred> pending = new ArrayList<>();

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
        this(backend, ScriptEntry.of(source), apis, handoff, events, errorListener);
    }

    /**
     * @param backend creates the runtime (and a fresh one per hot reload), on the worker thread
     * @param entry the game's entry script, read on the worker at start and on every reload, and its scope
     * @param apis the script APIs to bind
     * @param handoff the frame hand-off shared with the main thread
     * @param events the event ring; this agent is its only consumer
     * @param errorListener receives every script error, on the worker thread
     */
    public ScriptWorkerAgent(ScriptBackend backend, ScriptEntry entry, ScriptApis apis, FrameHandoff handoff,
            MessageRing events, ScriptErrorListener errorListener) {
        this.backend = backend;
        this.entry = entry;
        this.source = new ScriptSource(entry.name(), "");
        this.apis = apis;
        this.handoff = handoff;
        this.events = events;
        this.errorListener = errorListener;
    }

    @Override
    public void onStart() {
        handoff.attachWorker();
        try {
            runtime = newRuntime(pending);
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
        if (runtime == null && !reloadRequested.get()) {
            return;
        }
        guard("deferred results", apis::beforeScriptFrame);
        // Before the first load a request needs no reload: the load reads the current files anyway.
        if (reloadRequested.getAndSet(false) && (loaded || runtime == null)) {
            reload();
        }
        if (runtime == null) {
            return;
        }
        if (!loaded) {
            loaded = true;
            if (!readEntry() || !guard("load", () -> runtime.load(source))) {
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

    /** A fresh runtime with every interface bound, its pending results collected in {@code results}. */
    private ScriptRuntime newRuntime(List<Deferred> results) throws ScriptException {
        ScriptRuntime created = backend.createRuntime(entry.scope());
        try {
            for (ScriptInterface scriptInterface : apis.interfaces()) {
                created.bind(scriptInterface.observingDeferred(deferred -> track(results, deferred)));
            }
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
        return created;
    }

    private static void track(List<Deferred> results, Deferred deferred) {
        if (results.size() >= PRUNE_THRESHOLD) {
            results.removeIf(Deferred::settled);
        }
        results.add(deferred);
    }

    private boolean readEntry() {
        try {
            source = entry.read();
            return true;
        } catch (IOException | RuntimeException e) {
            report(new ScriptError(backend.language(), entry.name(), 0, 0, "", "load: cannot read " + entry.name()
                    + ": " + e.getMessage(), "", null));
            return false;
        }
    }

    /** The transaction of the class comment; the old runtime stays in charge until the commit point. */
    private void reload() {
        ScriptSource previous = source;
        if (!readEntry()) {
            reloadFailures.incrementAndGet();
            return;
        }
        List<Deferred> freshPending = new ArrayList<>();
        ScriptRuntime fresh;
        try {
            fresh = newRuntime(freshPending);
        } catch (ScriptException e) {
            reloadFailed(previous, e.error());
            return;
        } catch (RuntimeException e) {
            reloadFailed(previous, internalError("creating the " + backend.language() + " runtime for a reload", e));
            return;
        }
        ScriptValue state = ScriptValue.NIL;
        try {
            fresh.load(source);
            if (runtime != null && runtime.hasFunction("onSave")) {
                state = runtime.call("onSave", List.of());
                String problem = ReloadState.problem(state, "state");
                if (problem != null) {
                    fresh.close();
                    reloadFailed(previous, new ScriptError(backend.language(), previous.name(), 0, 0, "onSave",
                            "reload: onSave must return plain data (nil, booleans, numbers, strings, lists, maps); "
                                    + problem + "; the old code keeps running", "", null));
                    return;
                }
            }
        } catch (ScriptException e) {
            fresh.close();
            reloadFailed(previous, e.error());
            return;
        }
        // Commit: from here the new code is in charge.
        ScriptRuntime old = runtime;
        List<Deferred> oldPending = pending;
        runtime = fresh;
        pending = freshPending;
        loaded = true;
        runtimeMode = fresh.mode();
        for (Deferred result : oldPending) {
            guard("rejecting the old code's pending results", () -> result.reject(RELOAD_REJECTION));
        }
        if (old != null) {
            old.close();
        }
        hasUpdate = fresh.hasFunction("update");
        hasRender = fresh.hasFunction("render");
        reloads.incrementAndGet();
        if (fresh.hasFunction("onLoad")) {
            List<ScriptValue> args = new ArrayList<>(1);
            args.add(state);
            guard("onLoad", () -> fresh.call("onLoad", args));
        } else if (fresh.hasFunction("init")) {
            guard("init", () -> fresh.call("init", List.of()));
        }
    }

    private void reloadFailed(ScriptSource previous, ScriptError error) {
        source = previous;
        reloadFailures.incrementAndGet();
        report(error);
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

    /**
     * Asks for a hot reload at the start of the next script frame (see the class comment). Any thread; never
     * waits. Requests before the game's first load, or several before the next frame, make one reload.
     */
    public void requestReload() {
        reloadRequested.set(true);
    }

    /** @return hot reloads that took over so far; any thread */
    public long reloadCount() {
        return reloads.get();
    }

    /** @return hot reloads that failed (the old code kept running) so far; any thread */
    public long reloadFailureCount() {
        return reloadFailures.get();
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
