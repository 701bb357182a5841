package dev.polyframe.ecs.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommandLatencyTest {

    @Test
    void shouldRecordEveryCommandOfAScriptFrameFromItsSubmitFrameToThePublishThatShowsIt() {
        CommandLatency latency = new CommandLatency();
        latency.scriptFrameApplied(0, 25);
        latency.scriptFrameApplied(10, 3);
        latency.published(12);
        latency.scriptFrameApplied(12, 1);
        latency.scriptFrameApplied(13, 0);
        latency.published(17);

        CommandLatency.Summary summary = latency.summary();
        assertEquals(4, summary.commands(), "three commands at 2 frames, one at 5; the loading frame and empty "
                + "frames count nothing");
        assertEquals(2, summary.p50Frames());
        assertEquals(5, summary.p99Frames());
        assertEquals(5, summary.maxFrames());
    }

    @Test
    void shouldRecordNothingUntilAPublishShowsTheCommands() {
        CommandLatency latency = new CommandLatency();
        latency.scriptFrameApplied(0, 1);
        latency.scriptFrameApplied(1, 5);
        assertEquals(0, latency.summary().commands());
    }
}
