package dev.polyframe.ecs;

import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import dev.polyframe.ecs.component.DebugPrimitive;
import dev.polyframe.ecs.input.FrameStartListener;
import dev.polyframe.ecs.input.Hotkeys;
import dev.polyframe.ecs.input.InputInjector;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.ecs.system.ChangeSet;
import dev.polyframe.ecs.system.CommandApplySystem;
import dev.polyframe.ecs.system.CommandLatency;
import dev.polyframe.ecs.system.DebugLifetimeSystem;
import dev.polyframe.ecs.system.SnapshotWriteSystem;
import dev.polyframe.ecs.trace.FrameEvent;
import dev.polyframe.ecs.trace.HandOffEvent;
import dev.polyframe.ecs.trace.PublishEvent;
import dev.polyframe.ecs.trace.Tracing;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptEntry;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptErrorListener;
import dev.polyframe.script.worker.ScriptWorker;
import dev.polyframe.script.worker.ScriptWorkerAgent;
import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main loop: owns the Artemis {@link World}, the rings, the snapshot, the script worker and the renderer, and
 * runs the frame of ARCHITECTURE.md §3 — input (frame-start listeners, hotkeys), hand-off, drain commands, process
 * systems, write the snapshot, render (which also polls window events into the live input).
 *
 * <p>Threads: construct, {@link #run()} and {@link #close()} on the main thread (the one that may own a GL
 * context), as are {@link #input()}, {@link #onFrameStart}, {@link #bindKey} and the debug-overlay getters. The
 * main thread never waits for the script worker: when the worker is still busy at the hand-off the
 * frame is counted as a skip and the loop goes on. {@link #stats()} may be read from any thread.
 *
 * <p>Time: game time advances by a fixed step of {@code 1 / targetHz} seconds per main frame, so runs are
 * reproducible; a script frame's {@code dt} is the game time since the previous script frame.
 */
public final class Engine implements AutoCloseable {
    private static final double LOADING_TEXT_MARGIN = 32;
    private static final double LOADING_TEXT_SIZE = 24;
    /** Paused-script message colour, {@code 0xRRGGBBAA}: orange-red. */
    private static final int PAUSED_TEXT_RGBA = 0xFF6040FF;
    /** Game seconds the loading phase may take before the engine gives up (GraalPy's cold start is 4-13 s). */
    static final double LOADING_LIMIT_SECONDS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** The key that toggles the debug overlay. */
    public static final String DEBUG_OVERLAY_KEY = "F3";
    /** The key that asks for a hot reload of the game's scripts ({@link #requestReload()}). */
    public static final String RELOAD_KEY = "F5";

    private final EngineConfig config;
    private final Renderer renderer;
    private final MessageRing commands;
    private final MessageRing events;
    private final SnapshotBuffers snapshot;
    private final FrameHandoff handoff = new FrameHandoff();
    private final ChangeSet changes = new ChangeSet();
    private final CommandApplySystem commandApply;
    private final World world;
    private final ScriptWorker worker;
    private final FrameTimes frameTimes = new FrameTimes();
    private final FramePacer pacer;
    private final EngineMetricsView metrics;
    private final ScriptApis apis;
    private final CommandLatency latency = new CommandLatency();
    private final InputInjector input;
    private final Hotkeys hotkeys;
    private final DebugOverlay overlay;
    private final List<FrameStartListener> frameStartListeners = new ArrayList<>();
    private volatile boolean stopRequested;
    private volatile long frame;
    private volatile long loadingFrames;
    private long writtenFrame;
    private double writtenTime;
    private double lastTriggerTime = Double.NaN;
    private boolean started;
    private volatile String deviceDescription = "not started";
    private final String entryName;
    private final String language;

    /**
     * Wires the engine; starts nothing.
     *
     * @param config how to run
     * @param renderer draws the world; {@link dev.polyframe.ecs.render.NullRenderer} for none
     * @param backend the scripting language of the game
     * @param entry the game's entry script
     * @param errorListener receives every script error, on the script worker thread
     */
    public Engine(EngineConfig config, Renderer renderer, ScriptBackend backend, ScriptSource entry,
            ScriptErrorListener errorListener) {
        this(config, renderer, backend, ScriptEntry.of(entry), errorListener);
    }

    /**
     * Wires the engine for a game whose entry script is read (again on each {@link #requestReload() hot reload}) on
     * the script worker, with the game folder and permissions of {@code entry.scope()}; starts nothing.
     *
     * @param config how to run
     * @param renderer draws the world; {@link dev.polyframe.ecs.render.NullRenderer} for none
     * @param backend the scripting language of the game
     * @param entry the game's entry script and scope (see {@link dev.polyframe.ecs.game.Game#entry})
     * @param errorListener receives every script error, on the script worker thread
     */
    public Engine(EngineConfig config, Renderer renderer, ScriptBackend backend, ScriptEntry entry,
            ScriptErrorListener errorListener) {
        this.config = config;
        this.renderer = renderer;
        this.entryName = entry.name();
        this.language = backend.language();
        this.commands = new MessageRing("commands", config.commandRingBytes());
        this.events = new MessageRing("events", config.eventRingBytes());
        this.snapshot = new SnapshotBuffers(config.entityCapacity());
        this.commandApply = new CommandApplySystem(commands, events, snapshot, changes,
                config.drainBudgetMicros() * 1_000L, latency);
        this.world = new World(new WorldConfigurationBuilder()
                .with(new DebugLifetimeSystem(config.stepSeconds()))
                .with(commandApply)
                .with(new SnapshotWriteSystem(snapshot, changes))
                .build());
        this.pacer = new FramePacer(config.targetHz());
        this.metrics = new EngineMetricsView(this);
        this.apis = new ScriptApis(commands, snapshot, () -> metrics.stats().toMap());
        this.worker = new ScriptWorker(new ScriptWorkerAgent(backend, entry, apis, handoff, events, errorListener,
                config.scriptBudget()));
        this.input = new InputInjector(snapshot.input());
        this.hotkeys = new Hotkeys(snapshot.input());
        this.overlay = new DebugOverlay(world, metrics::stats);
        hotkeys.bind(DEBUG_OVERLAY_KEY, overlay::toggle);
        hotkeys.bind(RELOAD_KEY, this::requestReload);
    }

    /**
     * @return injects keyboard and mouse events into the live input (what scripts see after the next publish); main
     *     thread, typically from a {@link #onFrameStart} listener
     */
    public InputInjector input() {
        return input;
    }

    /**
     * Calls {@code listener} at the start of every main frame, before the hand-off, on the main thread; listeners run
     * in the order added. Main thread, before {@link #run()}.
     *
     * @throws IllegalStateException when the engine already runs
     */
    public void onFrameStart(FrameStartListener listener) {
        if (started) {
            throw new IllegalStateException("Engine.onFrameStart: the engine already runs; add listeners before "
                    + "run()");
        }
        frameStartListeners.add(listener);
    }

    /**
     * Binds a main-thread action to a key: it runs once per press, at the start of the main frame after the press,
     * whatever the script does ({@value #DEBUG_OVERLAY_KEY} is bound to the debug overlay). Scripts still see the
     * key. Main thread, before {@link #run()}.
     *
     * @param key a key name, for example {@code "F5"} (see {@link dev.polyframe.sync.input.Keys})
     * @param action runs on the main thread; must not block
     * @throws IllegalArgumentException when {@code key} is no key name
     * @throws IllegalStateException when the engine already runs
     */
    public void bindKey(String key, Runnable action) {
        if (started) {
            throw new IllegalStateException("Engine.bindKey: the engine already runs; bind keys before run()");
        }
        hotkeys.bind(key, action);
    }

    /**
     * Asks the main loop to stop after the current frame, as {@code engine.quit()} does from a script. Any thread.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /** @return whether the F3 debug overlay is shown; main thread */
    public boolean debugOverlayVisible() {
        return overlay.visible();
    }

    /** @return the debug overlay's current text, {@code ""} when hidden; main thread */
    public String debugOverlayText() {
        return overlay.text();
    }

    /**
     * Adds a script interface defined outside the engine (a game's own API, or a test harness's), bound in the
     * script runtime after the built-in ones. Main thread, before {@link #run()}.
     *
     * @param factory builds the interface from the engine's script APIs (its snapshot and command encoder)
     * @throws IllegalStateException when the engine already runs
     * @throws IllegalArgumentException when the interface's global name is taken
     */
    public void addInterface(Function<ScriptApis, ScriptInterface> factory) {
        if (started) {
            throw new IllegalStateException("Engine.addInterface: the engine already runs; add interfaces before "
                    + "run()");
        }
        apis.add(factory.apply(apis));
    }

    /**
     * Starts the renderer and the script worker, then runs frames until the gameplay frame or time limit (the
     * loading phase does not count, but gives up after {@value #LOADING_LIMIT_SECONDS} s of game time), an
     * {@code engine.quit()} from the script, or the window's close button.
     *
     * @return the statistics of the run
     * @throws IllegalStateException when called twice
     * @throws dev.polyframe.ecs.render.RendererException when the renderer cannot start
     */
    public EngineStats run() {
        if (started) {
            throw new IllegalStateException("Engine.run: the engine already ran; create a new one");
        }
        started = true;
        showLoadingText();
        renderer.attachInput(snapshot.input());
        renderer.start(world, config.render());
        deviceDescription = renderer.deviceDescription();
        worker.start();
        frameTimes.start();
        pacer.start();
        while (!shouldStop()) {
            runFrame();
            if (config.paced()) {
                pacer.awaitNextFrame();
            }
        }
        frameTimes.refresh();
        return stats();
    }

    /**
     * Puts "Loading main.py (python) ..." on screen until the first script frame's commands are applied: a one-frame
     * debug text of script frame 0, which the first frame-end marker removes. Starting a runtime takes seconds
     * (GraalPy 4-13 s cold); the window shows this meanwhile instead of an empty clear colour.
     */
    private void showLoadingText() {
        DebugPrimitive text = world.getMapper(DebugPrimitive.class).create(world.create());
        text.kind = DebugPrimitive.Kind.SCREEN_TEXT;
        text.x0 = LOADING_TEXT_MARGIN;
        text.y0 = config.render().height() / 2.0;
        text.size = LOADING_TEXT_SIZE;
        text.text = "Loading " + entryName + " (" + language + ") ...";
        text.untilNextScriptFrame = true;
        text.scriptFrame = 0;
    }

    /**
     * While the script is paused by the watchdog (or stuck in code it cannot interrupt), puts an engine-side screen
     * text on this frame: one debug primitive living one main frame, so it disappears by itself once the script is
     * resumed. Reads two volatiles per frame; never waits for the worker.
     */
    private void showPausedText() {
        ScriptWorkerAgent agent = worker.agent();
        if (!agent.paused() && !agent.stuck()) {
            return;
        }
        DebugPrimitive text = world.getMapper(DebugPrimitive.class).create(world.create());
        text.kind = DebugPrimitive.Kind.SCREEN_TEXT;
        text.x0 = LOADING_TEXT_MARGIN;
        text.y0 = LOADING_TEXT_MARGIN;
        text.size = LOADING_TEXT_SIZE;
        text.rgba = PAUSED_TEXT_RGBA;
        text.text = pausedText(agent);
        text.remainingSeconds = config.stepSeconds() / 2;
    }

    /** @return the on-screen message of a paused or stuck script */
    static String pausedText(ScriptWorkerAgent agent) {
        String why = agent.stuck() ? "stuck in code the watchdog cannot interrupt"
                : "paused: it ran past its " + agent.budget().frameMillis() + " ms budget "
                        + agent.budget().pauseAfter() + " frames in a row";
        return "Script " + why + " - fix it and reload. " + agent.lastErrorSummary();
    }

    private boolean shouldStop() {
        long played = frame - loadingFrames;
        return (config.maxFrames() > 0 && played >= config.maxFrames())
                || (config.maxSeconds() > 0 && played * config.stepSeconds() >= config.maxSeconds() - 1e-9)
                || commandApply.quitRequested() || renderer.closeRequested() || stopRequested || loadingTooLong();
    }

    private boolean loadingTooLong() {
        if (handoff.completedFrames() > 0 || loadingFrames * config.stepSeconds() < LOADING_LIMIT_SECONDS) {
            return false;
        }
        LOG.error("Engine: the {} runtime did not finish loading {} within {} s; stopping", language, entryName,
                LOADING_LIMIT_SECONDS);
        return true;
    }

    private void runFrame() {
        boolean gameplay = handoff.completedFrames() > 0;
        if (!gameplay) {
            loadingFrames++;
        }
        frameTimes.frameStarted(gameplay);
        long current = frame + 1;
        FrameEvent event = Tracing.FRAME.isEnabled() ? new FrameEvent() : null;
        if (event != null) {
            event.begin();
        }
        // Frame step 1 (ARCHITECTURE.md §3): input. Window events were polled into the live input when the previous
        // frame presented; injected ones land now. Idle is read once, so a listener that sees it knows this frame's
        // hand-off publishes what it injects.
        boolean idle = handoff.workerIdle();
        for (int i = 0; i < frameStartListeners.size(); i++) {
            frameStartListeners.get(i).frameStarted(current, idle, input);
        }
        hotkeys.poll();
        overlay.update(current);
        handOff(current, idle);
        showPausedText();
        world.process();
        writtenFrame = current;
        writtenTime = current * config.stepSeconds();
        renderer.render(current);
        frame = current;
        frameTimes.frameEnded();
        if (event != null) {
            event.frame = current;
            event.loading = !gameplay;
            event.commit();
        }
    }

    private void handOff(long current, boolean idle) {
        if (Tracing.HAND_OFF.isEnabled()) {
            HandOffEvent event = new HandOffEvent();
            event.frame = current;
            event.triggered = idle;
            event.commit();
        }
        if (!idle) {
            handoff.countSkip();
            return;
        }
        frameTimes.scriptFrames(handoff.completedFrames(), handoff.lastFrameNanos());
        publish();
        double dt = Double.isNaN(lastTriggerTime) ? config.stepSeconds() : writtenTime - lastTriggerTime;
        lastTriggerTime = writtenTime;
        handoff.trigger(dt);
    }

    private void publish() {
        PublishEvent event = Tracing.PUBLISH.isEnabled() ? new PublishEvent() : null;
        if (event != null) {
            event.begin();
            event.dirtySlots = snapshot.dirtyCount();
        }
        snapshot.publish(writtenFrame, writtenTime);
        latency.published(writtenFrame);
        if (event != null) {
            event.frame = writtenFrame;
            event.entities = snapshot.liveCount();
            event.commit();
        }
    }

    /**
     * Asks for a transactional hot reload of the game's scripts at the start of the next script frame: the entry
     * script and its modules load in a fresh runtime; on success the old runtime's {@code onSave()} state goes to
     * the new one's {@code onLoad(state)} (else {@code init()} runs) and the new code takes over; on failure the
     * old code keeps running and the error goes to the error listener. Entities and their handles survive; the old
     * code's pending results are rejected. See {@link ScriptWorkerAgent}. The launcher's {@code --watch} calls this
     * when files change; the {@value #RELOAD_KEY} key calls it too.
     *
     * <p>Any thread; never waits. {@link EngineStats#reloads()} counts reloads that took over.
     */
    public void requestReload() {
        worker.agent().requestReload();
    }

    /**
     * Writes the last rendered frame as a PNG. Main thread, after {@link #run()} and before {@link #close()}.
     *
     * @throws IOException when the file cannot be written
     * @throws IllegalStateException when the renderer has no pixels (the null renderer) or rendered no frame
     */
    public void screenshot(Path file) throws IOException {
        renderer.screenshot(file);
    }

    /** @return statistics so far; any thread */
    public EngineStats stats() {
        return metrics.stats();
    }

    /** @return the world; main thread only */
    public World world() {
        return world;
    }

    long frame() {
        return frame;
    }

    long loadingFrames() {
        return loadingFrames;
    }

    MessageRing commandRing() {
        return commands;
    }

    MessageRing eventRing() {
        return events;
    }

    SnapshotBuffers snapshot() {
        return snapshot;
    }

    FrameHandoff handoff() {
        return handoff;
    }

    FrameTimes frameTimes() {
        return frameTimes;
    }

    int targetHz() {
        return config.targetHz();
    }

    CommandLatency latency() {
        return latency;
    }

    CommandApplySystem commandApply() {
        return commandApply;
    }

    /**
     * Ends a watchdog pause: the script's hooks run again from the next script frame. The reload path calls it after
     * loading new code; any thread, never waits.
     */
    public void resumeScripts() {
        worker.agent().resume();
    }

    ScriptWorker worker() {
        return worker;
    }

    String deviceDescription() {
        return deviceDescription;
    }

    /**
     * Stops the script worker (after its current frame), applies the commands still in the ring (so every accepted
     * command counts as applied or failed), disposes the world and closes the renderer.
     */
    @Override
    public void close() {
        worker.close();
        commandApply.drainRemaining();
        world.dispose();
        renderer.close();
    }
}
