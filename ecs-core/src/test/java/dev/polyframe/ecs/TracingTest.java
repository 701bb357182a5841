package dev.polyframe.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.ecs.render.NullRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Flight Recorder recording of a short run holds the main loop's timeline events. */
class TracingTest {

    @Test
    void shouldRecordFrameHandOffPublishAndDrainEvents(@TempDir Path dir) throws IOException {
        JavaGameBackend.JavaGame game = new JavaGameBackend.JavaGame() {
            @Override
            public void update(JavaGameBackend.Scripts s, double dt) {
                s.call("entity", "createMesh", "cube");
            }
        };
        Path file = dir.resolve("run.jfr");
        try (Recording recording = new Recording()) {
            for (String name : List.of("polyframe.Frame", "polyframe.HandOff", "polyframe.Publish",
                    "polyframe.Drain")) {
                recording.enable(name);
            }
            recording.start();
            try (Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(30), new NullRenderer(),
                    new JavaGameBackend(game), JavaGameBackend.source(), error -> { })) {
                engine.run();
            }
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> counts = new TreeMap<>();
        long lastFrame = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            counts.merge(event.getEventType().getName(), 1, Integer::sum);
            if (event.getEventType().getName().equals("polyframe.Frame")) {
                assertTrue(event.getLong("frame") > lastFrame, "frames in order");
                lastFrame = event.getLong("frame");
            }
        }
        assertTrue(counts.getOrDefault("polyframe.Frame", 0) >= 30, counts.toString());
        assertEquals(counts.get("polyframe.Frame"), counts.get("polyframe.HandOff"), "one hand-off per frame");
        assertTrue(counts.getOrDefault("polyframe.Publish", 0) > 0, counts.toString());
        assertTrue(counts.getOrDefault("polyframe.Drain", 0) > 0, counts.toString());
        assertTrue(Files.size(file) > 0);
    }
}
