package dev.polyframe.ecs;

import dev.polyframe.ecs.system.CommandLatency;

/**
 * Reads the engine's counters into an {@link EngineStats}. Any thread: every source is an atomic, a volatile or a
 * summary the main thread publishes.
 */
final class EngineMetricsView {
    private final Engine engine;

    EngineMetricsView(Engine engine) {
        this.engine = engine;
    }

    EngineStats stats() {
        FrameTimes.Summary times = engine.frameTimes().summary();
        var commands = engine.commandRing();
        var events = engine.eventRing();
        var snapshot = engine.snapshot();
        var handoff = engine.handoff();
        var apply = engine.commandApply();
        var agent = engine.worker().agent();
        long failed = apply.failedCommands();
        CommandLatency.Summary latency = engine.latency().summary();
        double frameMs = 1_000.0 / engine.targetHz();
        return new EngineStats(engine.frame(), engine.loadingFrames(), handoff.completedFrames(),
                handoff.frameSkips(), times.p50(), times.p99(), times.max(), times.workP50(), times.workP99(),
                times.fps(), times.scriptP50(), times.scriptP99(), commands.submitted(),
                commands.consumed() - failed, commands.rejected(), failed, latency.p50Frames() * frameMs,
                latency.p99Frames() * frameMs, commands.maxUtilisation(), commands.budgetStops(), events.submitted(),
                events.consumed(),
                snapshot.publishes(), snapshot.skippedPublishes(), snapshot.copiedSlots(), snapshot.errors(),
                snapshot.dirtyRatioAverage(), snapshot.copyMicrosAverage(),
                snapshot.copyMicrosMax(), agent.errorCount(), snapshot.front().entityCount(),
                engine.deviceDescription(), agent.runtimeMode(), agent.lastErrorSummary(),
                agent.suppressedErrorCount(), agent.interruptCount(),
                agent.lastInterruptLatencyNanos() < 0 ? -1 : agent.lastInterruptLatencyNanos() / 1e6,
                agent.paused() || agent.stuck(), agent.reloadCount(), agent.reloadFailureCount());
    }
}
