package dev.polyframe.ecs.game;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a game folder (and its subfolders, including ones created later) with the JDK {@link WatchService} and
 * calls a listener once per burst of changes: after a change it waits until the folder has been quiet for the
 * debounce time, so an editor's save (write, rename, attribute change) makes one call. The launcher's
 * {@code --watch} passes {@link dev.polyframe.ecs.Engine#requestReload()} as the listener.
 *
 * <p>Threads: {@link #start} and {@link #close} from any thread; the watching runs on its own daemon thread
 * ({@code polyframe-game-watcher}), never the main thread, and so does the listener (it must not block). Note that
 * on Linux the JDK watches with inotify: changes show within milliseconds; other platforms may poll (seconds).
 */
public final class GameWatcher implements AutoCloseable {
    /** A debounce that merges an editor's save into one change, and still feels immediate. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);
    private static final Logger LOG = LoggerFactory.getLogger(GameWatcher.class);

    private final Path folder;
    private final Runnable listener;
    private final long debounceMillis;
    private final WatchService service;
    private final Thread thread;
    private final AtomicLong bursts = new AtomicLong();

    private GameWatcher(Path folder, Runnable listener, Duration debounce) throws IOException {
        this.folder = folder;
        this.listener = listener;
        this.debounceMillis = Math.max(1, debounce.toMillis());
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(folder);
        this.thread = new Thread(this::watch, "polyframe-game-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param folder the game folder
     * @param listener called on the watcher thread after each burst of changes
     * @param debounce quiet time that ends a burst, &gt; 0
     * @return the running watcher; close it to stop
     * @throws IOException when the folder cannot be watched
     * @throws IllegalArgumentException when {@code folder} is not a directory
     */
    public static GameWatcher start(Path folder, Runnable listener, Duration debounce) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("GameWatcher.start: folder=" + folder + " is not a directory");
        }
        GameWatcher watcher = new GameWatcher(folder, listener, debounce);
        watcher.thread.start();
        return watcher;
    }

    /** @return bursts of changes reported to the listener so far; any thread */
    public long changes() {
        return bursts.get();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                // Debounce: keep collecting until nothing arrives for the quiet time.
                while (key != null) {
                    handle(key);
                    key = service.poll(debounceMillis, TimeUnit.MILLISECONDS);
                }
                bursts.incrementAndGet();
                LOG.info("GameWatcher: {} changed; reloading", folder);
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.error("GameWatcher: the change listener failed", e);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("GameWatcher: stopped watching {}", folder);
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    LOG.warn("GameWatcher: cannot watch new folder {}: {}", dir.resolve(name), e.getMessage());
                }
            }
        }
        key.reset();
    }

    /** Stops watching; the thread ends. Idempotent. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("GameWatcher.close: {}", e.getMessage());
        }
    }
}
