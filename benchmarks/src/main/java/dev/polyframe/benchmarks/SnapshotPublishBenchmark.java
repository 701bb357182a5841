package dev.polyframe.benchmarks;

import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SnapshotBuffers#publish} with {@code dirtyPercent} % of {@code entities} live entities dirty, against the
 * floors measured in the same run: {@code System.arraycopy} of the same records (12 doubles each) one by one from
 * the same slots, and one {@code System.arraycopy} of every record (what a full publish must at least move).
 *
 * <p>Dirty slots are distinct, drawn with a fixed seed and sorted (systems walk entities in id order). Every entity
 * is live and published twice before measuring, so both buffers hold every handle and a publish only copies.
 *
 * <ul>
 *   <li>{@link #publish}: the publish alone; the dirty slots are marked by a {@link SnapshotBuffers#write} of one
 *       field each in an invocation-level setup ({@link MarkedSnapshot}), outside the timing, as
 *       {@code SnapshotWriteSystem} does earlier in the frame. Invocation-level timing adds a {@code System.nanoTime}
 *       pair (about 20-30 ns) to each call, which matters only for the 10-key case.</li>
 *   <li>{@link #writeAndPublish}: the marks (one write per dirty slot) plus the publish, timed together without an
 *       invocation-level fixture, as a cross-check of the publish-only numbers.</li>
 *   <li>{@link #dirtyCopyFloor} and {@link #fullCopyFloor}: the floors, plain {@code double[]} to {@code double[]}.
 *       </li>
 *   <li>{@link #publishClean}: a publish with nothing dirty, the fixed cost every publish pays.</li>
 * </ul>
 *
 * <p>Each method's score is nanoseconds per publish (per copy); {@link SyncBenchmarks} divides by the dirty count.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SnapshotPublishBenchmark {
    private static final long SEED = 0x5EED_2026L;

    /** A snapshot of {@code entities} live entities, both buffers published, and the dirty slots to use. */
    @State(Scope.Thread)
    public abstract static class SnapshotBase {
        /** Live entities (and snapshot capacity). */
        @Param({"1000", "10000", "100000"})
        public int entities;

        /** Percentage of live entities written since the last publish. */
        @Param({"1", "10", "100"})
        public int dirtyPercent;

        SnapshotBuffers buffers;
        int[] dirtySlots;
        double[] floorSource;
        double[] floorTarget;
        long frame;
        double value;
        private long copiedAtStart;
        private long publishesAtStart;

        /** Creates {@code entities} live entities and publishes twice so both buffers hold all of them. */
        @Setup(Level.Trial)
        public void createEntities() {
            buffers = new SnapshotBuffers(entities);
            for (int i = 0; i < entities; i++) {
                int slot = buffers.allocate(i + 1);
                buffers.write(slot, EntityRecordDescriptor.X, i);
                buffers.write(slot, EntityRecordDescriptor.SCALE, 1);
            }
            buffers.publish(++frame, 0);
            buffers.publish(++frame, 0);
            dirtySlots = dirtySlots(entities, dirtyCount(entities, dirtyPercent), SEED);
            floorSource = new double[entities * EntityRecordDescriptor.STRIDE];
            floorTarget = new double[entities * EntityRecordDescriptor.STRIDE];
            Arrays.fill(floorSource, 1.0);
            copiedAtStart = buffers.copiedSlots();
            publishesAtStart = buffers.publishes();
        }

        /** Fails the run unless every measured publish copied exactly the dirty slots: else it measured nothing. */
        @TearDown(Level.Trial)
        public void verify() {
            long publishes = buffers.publishes() - publishesAtStart;
            long copied = buffers.copiedSlots() - copiedAtStart;
            if (copied != publishes * dirtySlots.length) {
                throw new IllegalStateException("SnapshotPublishBenchmark: " + publishes + " publishes copied "
                        + copied + " slots, expected " + dirtySlots.length + " each");
            }
        }

        /** Writes one field of every dirty slot, which marks it dirty. */
        void writeDirty() {
            double v = ++value;
            int[] slots = dirtySlots;
            SnapshotBuffers b = buffers;
            for (int i = 0; i < slots.length; i++) {
                b.write(slots[i], EntityRecordDescriptor.X, v);
            }
        }
    }

    /** The snapshot for the benchmarks that mark slots themselves, and for the floors. */
    @State(Scope.Thread)
    public static class Snapshot extends SnapshotBase {
    }

    /**
     * The snapshot for {@link #publish}: the dirty slots are marked before each call, outside its timing. (A
     * separate state class rather than a state injected into a helper: JMH 1.37 then creates a second
     * {@code Snapshot} for the helper, and the benchmark would publish a snapshot nobody marked.)
     */
    @State(Scope.Thread)
    public static class MarkedSnapshot extends SnapshotBase {
        /** Writes one field of each dirty slot. */
        @Setup(Level.Invocation)
        public void markDirty() {
            writeDirty();
        }
    }

    /** 1 000 live entities, both buffers published, nothing ever dirty: the fixed cost of a publish. */
    @State(Scope.Thread)
    public static class Clean {
        SnapshotBuffers buffers;
        long frame;

        /** Creates and publishes the entities. */
        @Setup(Level.Trial)
        public void createEntities() {
            buffers = new SnapshotBuffers(1_000);
            for (int i = 0; i < 1_000; i++) {
                buffers.allocate(i + 1);
            }
            buffers.publish(++frame, 0);
            buffers.publish(++frame, 0);
        }
    }

    /** Two plain arrays of {@code entities} records, for the full-copy floor. */
    @State(Scope.Thread)
    public static class PlainRecords {
        /** Records per array. */
        @Param({"1000", "10000", "100000"})
        public int entities;

        double[] source;
        double[] target;

        /** Allocates and fills the arrays. */
        @Setup(Level.Trial)
        public void allocate() {
            source = new double[entities * EntityRecordDescriptor.STRIDE];
            target = new double[entities * EntityRecordDescriptor.STRIDE];
            Arrays.fill(source, 1.0);
        }
    }

    /** @return how many of {@code entities} are dirty at {@code percent} %, at least 1 */
    static int dirtyCount(int entities, int percent) {
        return Math.max(1, (int) ((long) entities * percent / 100));
    }

    /** @return {@code count} distinct slots below {@code entities}, sorted, the same for the same seed */
    static int[] dirtySlots(int entities, int count, long seed) {
        int[] all = new int[entities];
        for (int i = 0; i < entities; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(entities - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = Arrays.copyOf(all, count);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The publish alone: swap, copy the dirty slots into the new back buffer, metrics. */
    @Benchmark
    public SnapshotBuffers publish(MarkedSnapshot s) {
        s.buffers.publish(++s.frame, s.frame);
        return s.buffers;
    }

    /** Marks (one field write per dirty slot) and publish, timed together without an invocation-level fixture. */
    @Benchmark
    public SnapshotBuffers writeAndPublish(Snapshot s) {
        s.writeDirty();
        s.buffers.publish(++s.frame, s.frame);
        return s.buffers;
    }

    /** A publish with nothing dirty: swap, header, metrics (two clock reads, two running averages). */
    @Benchmark
    public SnapshotBuffers publishClean(Clean c) {
        c.buffers.publish(++c.frame, c.frame);
        return c.buffers;
    }

    /** Floor: the dirty records copied one by one between two plain arrays. */
    @Benchmark
    public double[] dirtyCopyFloor(Snapshot s) {
        int[] slots = s.dirtySlots;
        double[] source = s.floorSource;
        double[] target = s.floorTarget;
        for (int i = 0; i < slots.length; i++) {
            int base = slots[i] * EntityRecordDescriptor.STRIDE;
            System.arraycopy(source, base, target, base, EntityRecordDescriptor.STRIDE);
        }
        return target;
    }

    /** Floor: every record in one copy, {@code entities} x 12 doubles. */
    @Benchmark
    public double[] fullCopyFloor(PlainRecords a) {
        System.arraycopy(a.source, 0, a.target, 0, a.source.length);
        return a.target;
    }
}
