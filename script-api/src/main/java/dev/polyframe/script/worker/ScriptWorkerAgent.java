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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * <p>Errors: every script exception is caught, its {@link ScriptError} stamped with the hook and frames
 * ({@link ScriptError#withContext}) and handed to the {@link ScriptErrorReporter} (counted, logged rate-limited,
 * passed to the {@link ScriptErrorListener}); then, after the frame's hooks, to the game's optional
 * {@code onError(err)} hook (at most {@link #ON_ERROR_PER_FRAME} per frame; an error inside {@code onError} is
 * reported but never delivered to {@code onError} again). The game goes on with the next hook and frame.
 *
 * <p>Watchdog: each script frame is timed by a {@link ScriptWatchdog} against the {@link ScriptBudget}; a frame past
 * its budget is interrupted through {@link ScriptRuntime#interrupt()}, the remaining hooks of that frame are skipped,
 * and the error names the hook, the budget and where the script was. After {@link ScriptBudget#pauseAfter()}
 * interrupted frames in a row the script is paused (no more script code runs; events are still drained) until
 * {@link #resume()} or a reload.
 *
 * <p>Hot reload ({@link #requestReload()}, any thread): at the start of the next script frame, after events and
 * deferred results, the worker reads the entry script again and loads it in a fresh runtime (module top level). If
 * that fails the old runtime keeps running and the failure is reported as a {@link ScriptError}. If it succeeds,
 * the old runtime's optional {@code onSave()} returns plain data (nil, booleans, numbers, strings, lists,
 * string-keyed maps), the old runtime's pending results are rejected with {@value #RELOAD_REJECTION}, the old
 * runtime is closed, and the new one gets {@code onLoad(state)} when it defines it, else {@code init()}. Entities,
 * cameras and their handles belong to the engine and survive. {@code onSave} failing, or returning a function or a
 * pending result, aborts the reload (old code keeps running). A reload
 * that takes over also ends a watchdog pause; its loading runs under the load budget.
 */
public final class ScriptWorkerAgent implements Agent {
    /** Most errors of one frame delivered to the game's {@code onError}; the rest are still reported and counted. */
    public static final int ON_ERROR_PER_FRAME = 8;
    private static final String ON_ERROR = "onError";
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
    private final ScriptErrorReporter reporter;
    private final ScriptBudget budget;
    private final AtomicLong interrupts = new AtomicLong();
    private final CommandFailedFlyweight commandFailed = new CommandFailedFlyweight();
    private final MessageHandler eventHandler = this::onEvent;
    private final List<ScriptValue> dtArgs = new ArrayList<>(List.of(ScriptValue.NIL));
    private final List<ScriptError> onErrorQueue = new ArrayList<>(ON_ERROR_PER_FRAME);
    private ScriptRuntime runtime;
    private volatile ScriptRuntime interruptible;
    private ScriptWatchdog watchdog;
    private boolean loaded;
    private boolean hasUpdate;
    private boolean hasRender;
    private boolean hasOnError;
    private boolean inOnError;
    private String hook = "";
    private long scriptFrame;
    private long mainFrame = -1;
    private boolean interruptReported;
    private int overruns;
    private long armedMillis;
    private volatile boolean paused;
    private volatile boolean resumeRequested;
    private volatile long lastInterruptLatencyNanos = -1;
    private volatile String runtimeMode = "starting";
    private final AtomicBoolean reloadRequested = new AtomicBoolean();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong reloadFailures = new AtomicLong();
    private List<Deferred> pending = new ArrayList<>();

    /**
     * An agent for a fixed script (no game folder; a reload reads the same text again) with the default
     * {@link ScriptBudget}.
     *
     * @param backend creates the runtime, on the worker thread
     * @param source the game's entry script
     * @param apis the script APIs to bind
     * @param handoff the frame hand-off shared with the main thread
     * @param events the event ring; this agent is its only consumer
     * @param errorListener receives every script error, on the worker thread
     */
    public ScriptWorkerAgent(ScriptBackend backend, ScriptSource source, ScriptApis apis, FrameHandoff handoff,
            MessageRing events, ScriptErrorListener errorListener) {
        this(backend, ScriptEntry.of(source), apis, handoff, events, errorListener, ScriptBudget.defaults());
    }

    /**
     * @param backend creates the runtime (and a fresh one per hot reload), on the worker thread
     * @param entry the game's entry script, read on the worker at start and on every reload, and its scope
     * @param apis the script APIs to bind
     * @param handoff the frame hand-off shared with the main thread
     * @param events the event ring; this agent is its only consumer
     * @param errorListener receives every script error, on the worker thread
     * @param budget the watchdog's limits
     */
    public ScriptWorkerAgent(ScriptBackend backend, ScriptEntry entry, ScriptApis apis, FrameHandoff handoff,
            MessageRing events, ScriptErrorListener errorListener, ScriptBudget budget) {
        this.backend = backend;
        this.entry = entry;
        this.source = new ScriptSource(entry.name(), "");
        this.apis = apis;
        this.handoff = handoff;
        this.events = events;
        this.reporter = new ScriptErrorReporter(errorListener);
        this.budget = budget;
    }

    @Override
    public void onStart() {
        handoff.attachWorker();
        try {
            runtime = newRuntime(pending);
            runtimeMode = runtime.mode();
            interruptible = runtime;
        } catch (ScriptException e) {
            report(e.error(), "start");
            runtimeMode = "failed";
        } catch (RuntimeException e) {
            report(internalError("creating the " + backend.language() + " runtime", e), "start");
            runtimeMode = "failed";
        }
        if (budget.frameMillis() > 0 || budget.loadMillis() > 0) {
            watchdog = new ScriptWatchdog(() -> {
                ScriptRuntime target = interruptible;
                if (target != null) {
                    target.interrupt();
                }
            });
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
        scriptFrame++;
        mainFrame = apis.snapshot().front().frame();
        if (resumeRequested) {
            resumeRequested = false;
            paused = false;
            overruns = 0;
        }
        boolean reloading = reloadRequested.get();
        boolean timed = (runtime != null || reloading) && (!paused || reloading)
                && arm(budget.millisFor(loaded && !reloading, scriptFrame));
        try {
            hook = "engine";
            events.drain(eventHandler, Integer.MAX_VALUE);
            if (runtime == null && !reloading) {
                return;
            }
            guard("callback", apis::beforeScriptFrame);
            // Before the first load a request needs no reload: the load reads the current files anyway.
            if (reloadRequested.getAndSet(false) && (loaded || runtime == null)) {
                reload();
            }
            if (runtime == null || paused) {
                return;
            }
            runHooks(dtSeconds);
        } finally {
            if (timed) {
                watchdog.disarm();
                afterTimedFrame();
            }
        }
        deliverToOnError();
    }

    private void runHooks(double dtSeconds) {
        if (!loaded) {
            loaded = true;
            if (!readEntry() || !guard("load", () -> runtime.load(source))) {
                return;
            }
            hasUpdate = runtime.hasFunction("update");
            hasRender = runtime.hasFunction("render");
            hasOnError = runtime.hasFunction(ON_ERROR);
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
                    + ": " + e.getMessage(), "", null), "load");
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
            hook = "reload";
            interruptible = fresh;
            fresh.load(source);
            interruptible = runtime;
            if (runtime != null && runtime.hasFunction("onSave")) {
                hook = "onSave";
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
            interruptible = runtime;
            fresh.close();
            reloadFailed(previous, e.error());
            return;
        }
        // Commit: from here the new code is in charge.
        ScriptRuntime old = runtime;
        List<Deferred> oldPending = pending;
        runtime = fresh;
        interruptible = fresh;
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
        hasOnError = fresh.hasFunction(ON_ERROR);
        paused = false;
        overruns = 0;
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
        report(error, "reload");
    }

    /** @return whether the frame is timed: a budget is set for it */
    private boolean arm(long millis) {
        if (watchdog == null || millis <= 0) {
            return false;
        }
        if (runtime != null) {
            runtime.resetInterrupt();
        }
        interruptReported = false;
        armedMillis = millis;
        watchdog.arm(TimeUnit.MILLISECONDS.toNanos(millis));
        return true;
    }

    private void afterTimedFrame() {
        if (!watchdog.firedThisFrame()) {
            overruns = 0;
            return;
        }
        if (!interruptReported) {
            // The interrupt landed as the code returned: still an overrun, reported without a script location.
            report(new ScriptError(backend.language(), source.name(), 0, 0, "", overrunMessage(hook), "", null),
                    hook);
        }
        overruns++;
        if (overruns >= budget.pauseAfter() && !paused) {
            paused = true;
            report(new ScriptError(backend.language(), source.name(), 0, 0, "", "the script ran past its "
                    + "budget of " + armedMillis + " ms in " + overruns + " frames in a row and is paused "
                    + "until it is reloaded", "", null), hook);
        }
    }

    private String overrunMessage(String what) {
        return what + " ran past the script budget of " + armedMillis + " ms and was interrupted by the watchdog";
    }

    @FunctionalInterface
    private interface ScriptCall {
        void run() throws ScriptException;
    }

    private boolean guard(String what, ScriptCall call) {
        if (watchdog != null && watchdog.firedThisFrame()) {
            return false;
        }
        hook = what;
        try {
            call.run();
            return true;
        } catch (ScriptException e) {
            ScriptError error = e.error();
            if (watchdog != null && watchdog.firedThisFrame()) {
                long latency = System.nanoTime() - watchdog.deadlineNanos();
                lastInterruptLatencyNanos = latency;
                interrupts.incrementAndGet();
                interruptReported = true;
                error = error.withMessage(overrunMessage(what) + " (stopped "
                        + TimeUnit.NANOSECONDS.toMillis(latency) + " ms after the deadline)");
            }
            report(error, what);
        } catch (RuntimeException e) {
            report(internalError("running " + what, e), what);
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
                    method + " failed on the main thread: " + reason, "", method), "engine");
        }
    }

    private ScriptError internalError(String what, RuntimeException e) {
        return new ScriptError(backend.language(), source.name(), 0, 0, "", "internal error while " + what + ": "
                + e, "", null);
    }

    private void report(ScriptError error, String what) {
        ScriptError stamped = error.withContext(what, mainFrame, scriptFrame);
        reporter.report(stamped);
        if (!inOnError && onErrorQueue.size() < ON_ERROR_PER_FRAME) {
            onErrorQueue.add(stamped);
        }
    }

    /** Calls the game's {@code onError(err)} with this frame's errors, under a fresh budget, never recursively. */
    private void deliverToOnError() {
        if (onErrorQueue.isEmpty()) {
            return;
        }
        if (!hasOnError || runtime == null || paused) {
            onErrorQueue.clear();
            return;
        }
        List<ScriptError> pending = new ArrayList<>(onErrorQueue);
        onErrorQueue.clear();
        boolean timed = arm(budget.frameMillis());
        inOnError = true;
        try {
            for (ScriptError error : pending) {
                if (!guard(ON_ERROR, () -> runtime.call(ON_ERROR, List.of(toValue(error))))) {
                    break;
                }
            }
        } finally {
            inOnError = false;
            if (timed) {
                watchdog.disarm();
                afterTimedFrame();
            }
        }
        onErrorQueue.clear();
    }

    /**
     * @return the error as the script sees it in {@code onError(err)}: an object/table/dict with {@code language,
     *     file, line, column, function, message, stack, apiMethod, hook, mainFrame, scriptFrame, text} ({@code text}
     *     is the editor-clickable {@link ScriptError#format()}; {@code apiMethod} is null/nil/None when none)
     */
    public static ScriptValue toValue(ScriptError error) {
        Map<String, ScriptValue> fields = new LinkedHashMap<>();
        fields.put("language", ScriptValue.of(error.language()));
        fields.put("file", ScriptValue.of(error.file()));
        fields.put("line", ScriptValue.of(error.line()));
        fields.put("column", ScriptValue.of(error.column()));
        fields.put("function", ScriptValue.of(error.function()));
        fields.put("message", ScriptValue.of(error.message()));
        fields.put("stack", ScriptValue.of(error.scriptStack() == null ? "" : error.scriptStack()));
        fields.put("apiMethod", error.apiMethod() == null ? ScriptValue.NIL : ScriptValue.of(error.apiMethod()));
        fields.put("hook", ScriptValue.of(error.hook()));
        fields.put("mainFrame", ScriptValue.of(error.mainFrame()));
        fields.put("scriptFrame", ScriptValue.of(error.scriptFrame()));
        fields.put("text", ScriptValue.of(error.format()));
        return new ScriptValue.Table(fields);
    }

    @Override
    public void onClose() {
        if (watchdog != null) {
            watchdog.close();
        }
        reporter.flush();
        interruptible = null;
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

    /**
     * Ends a pause: {@link #paused()} is false at once, and the next script frame runs the hooks again with the
     * overrun count reset. For the reload path
     * (after new code is loaded) and tests; any thread.
     */
    public void resume() {
        resumeRequested = true;
        paused = false;
    }

    /** @return whether the script is paused after repeated overruns; any thread */
    public boolean paused() {
        return paused;
    }

    /** @return whether a script frame did not stop after its interrupt (uninterruptible code); any thread */
    public boolean stuck() {
        ScriptWatchdog current = watchdog;
        return current != null && current.stuck();
    }

    /** @return script errors reported so far; any thread */
    public long errorCount() {
        return reporter.reportedCount();
    }

    /** @return errors left out of the log by its rate limit (still counted and delivered); any thread */
    public long suppressedErrorCount() {
        return reporter.suppressedCount();
    }

    /** @return {@link ScriptError#summary()} of the last error, or {@code ""}; any thread */
    public String lastErrorSummary() {
        ScriptError last = reporter.lastError();
        return last == null ? "" : last.summary();
    }

    /** @return script frames the watchdog interrupted (the interrupted code raised); any thread */
    public long interruptCount() {
        return interrupts.get();
    }

    /**
     * @return the last interrupt's latency, nanoseconds: from the budget's deadline to the interrupted code
     *     returning on the worker; -1 before the first; any thread
     */
    public long lastInterruptLatencyNanos() {
        return lastInterruptLatencyNanos;
    }

    /** @return the watchdog's limits */
    public ScriptBudget budget() {
        return budget;
    }

    /** @return how the runtime runs code ({@code "interpreter"}, {@code "jit"}), or its state; any thread */
    public String runtimeMode() {
        return runtimeMode;
    }
}
