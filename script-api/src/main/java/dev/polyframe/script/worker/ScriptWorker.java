package dev.polyframe.script.worker;

import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ScriptWorkerAgent} on its own thread with an Agrona {@link AgentRunner}.
 *
 * <p>Idle strategy: park for up to 1 ms between polls; the main thread's trigger unparks the worker at once
 * (see {@link dev.polyframe.sync.handoff.FrameHandoff#trigger}), so the worker neither busy-spins on a 2-core
 * machine nor sleeps through a frame (RECIPES.md: park/unpark wakes in 35-57 µs median).
 *
 * <p>Threads: {@link #start()} and {@link #close()} from the main thread; {@link #close()} waits for the worker
 * thread to finish its current frame, so call it only at shutdown.
 */
public final class ScriptWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptWorker.class);
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How long {@link #close()} waits for the current script frame to end. */
    static final int CLOSE_TIMEOUT_MS = 2_000;

    private final ScriptWorkerAgent agent;
    private final AgentRunner runner;

    /** @param agent the duty cycle to run */
    public ScriptWorker(ScriptWorkerAgent agent) {
        this.agent = agent;
        this.runner = new AgentRunner(new SleepingIdleStrategy(MAX_PARK_NANOS), this::onAgentFailure, null, agent);
    }

    /** Starts the worker thread ({@code polyframe-script-worker}, daemon). */
    public void start() {
        AgentRunner.startOnThread(runner, r -> {
            Thread thread = new Thread(r, agent.roleName());
            thread.setDaemon(true);
            return thread;
        });
    }

    private void onAgentFailure(Throwable failure) {
        LOG.error("script worker failed outside script code", failure);
    }

    /** @return the agent, for its counters */
    public ScriptWorkerAgent agent() {
        return agent;
    }

    /**
     * Stops the worker after its current frame and closes the runtime on the worker thread. Waits at most
     * {@link #CLOSE_TIMEOUT_MS} for a script frame that does not return (a runaway script): then it logs and leaves
     * the daemon thread behind, so shutdown never hangs.
     */
    @Override
    public void close() {
        try {
            runner.close(CLOSE_TIMEOUT_MS, thread -> {
                throw new WorkerStuckException();
            });
        } catch (WorkerStuckException e) {
            LOG.error("script worker still inside a script frame after {} ms; leaving its daemon thread behind "
                    + "(a script that never returns?)", CLOSE_TIMEOUT_MS);
        }
    }

    /** Ends {@link AgentRunner#close(int, java.util.function.Consumer)}'s retry loop. */
    private static final class WorkerStuckException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerStuckException() {
            super("script worker did not stop", null, false, false);
        }
    }
}
