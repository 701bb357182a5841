package dev.polyframe.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.polyframe.ecs.EngineStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints run statistics as a table and writes them as JSON. Stateless and thread-safe. */
final class StatsReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatsReport() {
    }

    /** Prints the table the launcher shows on exit. */
    static void printTable(EngineStats s, PrintWriter out) {
        out.println("+--------------------------+-------------------------------------------+");
        row(out, "main frames", s.frames() + "  (" + s.loadingFrames() + " loading, " + String.format("%.1f", s.fps())
                + " fps)");
        row(out, "script frames", s.scriptFrames() + "  (" + s.frameSkips() + " frame skips)");
        row(out, "frame time p50/p99/max", String.format("%.2f / %.2f / %.2f ms", s.frameTimeP50Ms(),
                s.frameTimeP99Ms(), s.frameTimeMaxMs()));
        row(out, "frame work p50/p99", String.format("%.2f / %.2f ms", s.frameWorkP50Ms(), s.frameWorkP99Ms()));
        row(out, "script frame p50/p99", String.format("%.2f / %.2f ms", s.scriptFrameP50Ms(), s.scriptFrameP99Ms()));
        row(out, "commands sub/app/rej/fail", s.commandsSubmitted() + " / " + s.commandsApplied() + " / "
                + s.commandsRejected() + " / " + s.commandsFailed());
        row(out, "command latency p50/p99", String.format("%.1f / %.1f ms (ring %.0f %% full at most, %d budget stops)",
                s.commandLatencyP50Ms(), s.commandLatencyP99Ms(), s.commandRingMaxUtilisation() * 100,
                s.drainBudgetStops()));
        row(out, "events sent/delivered", s.eventsSent() + " / " + s.eventsDelivered());
        row(out, "snapshot publishes", s.snapshotPublishes() + String.format("  (dirty %.1f %%, copy %.1f us avg, "
                + "%.1f max)", s.dirtyRatioAvg() * 100, s.copyMicrosAvg(), s.copyMicrosMax()));
        row(out, "script errors", Long.toString(s.scriptErrors()));
        row(out, "hot reloads done/failed", s.reloads() + " / " + s.reloadFailures());
        row(out, "entities", Long.toString(s.entities()));
        row(out, "script runtime", s.scriptMode());
        row(out, "renderer", s.glRenderer());
        out.println("+--------------------------+-------------------------------------------+");
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("| %-24s | %-41s |%n", name, value);
    }

    /**
     * Writes {@link EngineStats#toMap()} as indented JSON.
     *
     * @throws IOException when the file cannot be written
     */
    static void writeJson(EngineStats stats, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), stats.toMap());
    }
}
