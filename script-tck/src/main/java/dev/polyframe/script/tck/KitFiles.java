package dev.polyframe.script.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Helpers of the kits that need a game folder on disk: copy the kit's script files out of the class path, and wait
 * for a condition another thread makes true, with a deadline. Stateless; any thread.
 */
final class KitFiles {
    /** How often {@link #await} looks at its condition. */
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private KitFiles() {
    }

    /**
     * Copies the class-path resource {@code kits/<from>} to {@code to}, creating folders.
     *
     * @throws UncheckedIOException when the resource is missing or the file cannot be written
     */
    static void copy(String from, Path to) {
        try (InputStream in = KitFiles.class.getClassLoader().getResourceAsStream("kits/" + from)) {
            if (in == null) {
                throw new IOException("missing kit resource kits/" + from);
            }
            Files.createDirectories(to.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(to.toAbsolutePath().getParent(), ".kit", ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            // A rename, so a watcher or a reload never sees a half-written file.
            Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("KitFiles.copy: from=" + from + ", to=" + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Polls {@code condition} until it holds. This is the deadline of a wait for another thread, not a delay.
     *
     * @param what the condition, for the failure message
     * @param state what to show when the deadline passes
     * @throws AssertionError when {@code timeout} passes first
     */
    static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what + "; "
                        + state.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
