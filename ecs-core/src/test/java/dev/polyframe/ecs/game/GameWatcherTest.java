package dev.polyframe.ecs.game;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameWatcherTest {
    @TempDir
    Path folder;

    @Test
    void shouldReportAChangeToAFileInASubfolder() throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("lib"));
        CountDownLatch changed = new CountDownLatch(1);
        try (GameWatcher watcher = GameWatcher.start(folder, changed::countDown, Duration.ofMillis(20))) {
            Files.writeString(folder.resolve("lib/util.lua"), "return {}");
            assertTrue(changed.await(60, TimeUnit.SECONDS), "the watcher reported the change within the deadline");
            assertTrue(watcher.changes() >= 1);
        }
    }

    @Test
    void shouldReportAChangeInAFolderCreatedAfterItStarted() throws IOException, InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        try (GameWatcher watcher = GameWatcher.start(folder, () -> {
            first.countDown();
            second.countDown();
        }, Duration.ofMillis(20))) {
            Files.createDirectories(folder.resolve("new"));
            assertTrue(first.await(60, TimeUnit.SECONDS), "the new folder was reported");
            Files.writeString(folder.resolve("new/a.js"), "x");
            assertTrue(second.await(60, TimeUnit.SECONDS), "a file in the new folder was reported");
        }
    }
}
