package dev.polyframe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test 6: the README's run command, exactly as typed, from the repository root. Runs after
 * {@code package}, so the launcher finds the build and starts at once.
 */
class PolyframeLauncherIT {

    @Test
    void shouldRunProtogameHeadlessAndWriteStatsJson() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path stats = Path.of("target", "launcher-it", "s.json").toAbsolutePath();
        Path shot = Path.of("target", "launcher-it", "shot.png").toAbsolutePath();
        Files.createDirectories(stats.getParent());
        Path log = stats.resolveSibling("output.txt");
        Process process = new ProcessBuilder(List.of("./polyframe", "run", "protogame", "--headless", "--frames",
                "120", "--stats", stats.toString(), "--screenshot", shot.toString()))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "launcher finished within 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("main frames"), "prints the stats table:\n" + output);

        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        assertEquals(120, json.get("frames").asLong() - json.get("loadingFrames").asLong(), "gameplay frames");
        for (String key : List.of("scriptFrames", "frameSkips", "frameTimeMs", "scriptFrameMs", "commands", "events",
                "snapshot", "scriptErrors", "entities", "glRenderer")) {
            assertTrue(json.has(key), "stats JSON has " + key + ": " + json);
        }
        for (String key : List.of("p50", "p99", "max")) {
            assertTrue(json.get("frameTimeMs").has(key), key);
        }
        for (String key : List.of("submitted", "applied", "rejected")) {
            assertTrue(json.get("commands").has(key), key);
        }
        assertTrue(json.get("events").has("sent") && json.get("events").has("delivered"));
        for (String key : List.of("publishes", "dirtyRatioAvg", "copyMicrosAvg")) {
            assertTrue(json.get("snapshot").has(key), key);
        }
        assertEquals(0, json.get("scriptErrors").asLong(), output);
        assertTrue(json.get("glRenderer").asText().contains("llvmpipe")
                || !json.get("glRenderer").asText().isBlank(), json.toString());
        assertTrue(Files.size(shot) > 0, "screenshot written");
        assertEquals("jit", json.get("scriptMode").asText(), "the launcher starts the Graal compiler by default");
    }

    @Test
    void shouldRunScriptsInterpretedWithNoJit() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path stats = Path.of("target", "launcher-it", "no-jit.json").toAbsolutePath();
        Files.createDirectories(stats.getParent());
        Path log = stats.resolveSibling("no-jit-output.txt");
        Process process = new ProcessBuilder(List.of("./polyframe", "run", "protogame", "--headless", "--frames",
                "30", "--no-jit", "--stats", stats.toString(), "--screenshot",
                stats.resolveSibling("no-jit.png").toString()))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "launcher finished within 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertEquals("interpreter", new ObjectMapper().readTree(stats.toFile()).get("scriptMode").asText(), output);
        assertFalse(output.contains("polyframe: warning") || output.contains("runs interpreted"),
                "--no-jit asked for the interpreter: no warning\n" + output);
    }
}
