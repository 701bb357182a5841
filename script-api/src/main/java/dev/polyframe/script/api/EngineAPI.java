package dev.polyframe.script.api;

import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine state and control for scripts, language-neutral: time and frame of the snapshot, logging, metrics, quit.
 *
 * <p>Script worker thread only.
 */
public final class EngineAPI {
    private static final Logger SCRIPT_LOG = LoggerFactory.getLogger("polyframe.script");

    private final CommandEncoder commands;
    private final SnapshotBuffers snapshot;
    private final EngineMetrics metrics;

    EngineAPI(CommandEncoder commands, SnapshotBuffers snapshot, EngineMetrics metrics) {
        this.commands = commands;
        this.snapshot = snapshot;
        this.metrics = metrics;
    }

    /** @return engine time of the last published main frame, seconds */
    public double time() {
        return snapshot.front().timeSeconds();
    }

    /** @return number of the last published main frame (0 before the first publish) */
    public long frame() {
        return snapshot.front().frame();
    }

    /** Logs a line from the script at INFO on the {@code polyframe.script} logger. */
    public void log(String message) {
        SCRIPT_LOG.info("{}", message);
    }

    /** @return the engine's counters, see {@link EngineMetrics} */
    public Map<String, Object> metrics() {
        return metrics.metrics();
    }

    /** Asks the engine to stop after the frame that applies this command. */
    public void quit() {
        commands.handleCommand("engine.quit", MessageTypeIds.ENGINE_QUIT, 0, 0, 0, 0, 0);
    }
}
