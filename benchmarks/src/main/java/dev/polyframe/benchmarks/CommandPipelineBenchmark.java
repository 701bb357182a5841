package dev.polyframe.benchmarks;

import com.artemis.World;
import com.artemis.WorldConfigurationBuilder;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.component.Transform;
import dev.polyframe.ecs.system.ChangeSet;
import dev.polyframe.ecs.system.CommandApplySystem;
import dev.polyframe.ecs.system.CommandLatency;
import dev.polyframe.script.api.EntityAPI;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MeshType;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Command throughput on one thread, in batches of {@value #BATCH}: encode with {@link EntityAPI#setPosition} (the
 * call every script backend ends in: handle check, {@code CommandEncoder} claim, {@link HandleCommandFlyweight},
 * commit) into a {@link MessageRing}, then {@code world.process()} of a real Artemis {@link World} whose only system
 * is the engine's {@link CommandApplySystem}: drain, decode, look the handle up and write the {@link Transform},
 * mark the entity in the {@link ChangeSet} (cleared after each batch, as {@code SnapshotWriteSystem} does; the
 * snapshot write itself is measured by {@link SnapshotPublishBenchmark}).
 *
 * <p>The floor, {@link #rawRing}, writes the same 40-byte body with the same type id into a bare Agrona
 * {@link OneToOneRingBuffer} of the same capacity ({@code tryClaim}, three {@code putDouble}, a {@code putLong}, a
 * {@code putInt}, {@code commit}) and reads it back with a handler that sums the fields.
 *
 * <p>Scores are operations (commands) per second. Encode and apply share one thread here, as they do not in the
 * engine; the number is the CPU cost of a command, not the cross-thread latency.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CommandPipelineBenchmark {
    /** Commands per benchmark invocation, one script frame's worth for a busy script. */
    static final int BATCH = 1000;
    /** Entities the commands move, round robin. */
    static final int ENTITIES = 1000;
    /** The engine's default command ring capacity. */
    static final int RING_BYTES = 1 << 20;

    private MessageRing commands;
    private CommandApplySystem apply;
    private World world;
    private ChangeSet changes;
    private EntityAPI entity;
    private long[] handles;
    private double step;

    private OneToOneRingBuffer raw;
    private MutableDirectBuffer rawBuffer;
    private long rawSum;
    private final MessageHandler rawHandler = this::onRaw;

    /** Builds both pipelines and creates {@value #ENTITIES} entities through the real one. */
    @Setup(Level.Trial)
    public void setUp() {
        commands = new MessageRing("commands", RING_BYTES);
        MessageRing events = new MessageRing("events", 1 << 18);
        SnapshotBuffers snapshot = new SnapshotBuffers(ENTITIES);
        changes = new ChangeSet();
        apply = new CommandApplySystem(commands, events, snapshot, changes,
                EngineConfig.defaults().drainBudgetMicros() * 1_000L, new CommandLatency());
        world = new World(new WorldConfigurationBuilder().with(apply).build());
        entity = new ScriptApis(commands, snapshot, Map::of).entity();
        handles = new long[ENTITIES];
        double[] transform = {0, 0, 0, 0, 0, 0, 1};
        for (int i = 0; i < ENTITIES; i++) {
            transform[0] = i;
            handles[i] = entity.createMesh(MeshType.CUBE, transform, 0xFFFFFFFF, true, CameraType.WORLD);
        }
        processUntilDrained();
        check(snapshot.liveCount() == ENTITIES, "entities created: " + snapshot.liveCount());

        raw = new OneToOneRingBuffer(new UnsafeBuffer(
                ByteBuffer.allocateDirect(RING_BYTES + RingBufferDescriptor.TRAILER_LENGTH)));
        rawBuffer = raw.buffer();
    }

    /** Fails the run when a command failed or a batch was left in a ring: the numbers would be meaningless. */
    @TearDown(Level.Trial)
    public void verify() {
        check(apply.failedCommands() == 0, "failed commands: " + apply.failedCommands());
        check(commands.bytesPending() == 0 && raw.size() == 0, "rings drained");
        check(commands.rejected() == 0, "ring full: " + commands.rejected());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("CommandPipelineBenchmark: " + what);
        }
    }

    /** Encode a batch with {@code EntityAPI.setPosition}, then drain, decode and apply it to the world. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public World pipeline() {
        double x = ++step;
        long[] h = handles;
        for (int i = 0; i < BATCH; i++) {
            entity.setPosition(h[i % ENTITIES], x, i, 1);
        }
        processUntilDrained();
        return world;
    }

    /** Frames until the ring is empty: a drain stops at the engine's time budget (4 ms), say while still cold. */
    private void processUntilDrained() {
        do {
            world.process();
            changes.clear();
        } while (commands.bytesPending() > 0);
    }

    /**
     * Diagnostic, not a row: the same encode as {@link #pipeline}, drained by a handler that only reads the handle
     * (no world, no apply), which splits the pipeline's cost into encode + ring and decode + apply.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long encodeAndDrain() {
        double x = ++step;
        long[] h = handles;
        for (int i = 0; i < BATCH; i++) {
            entity.setPosition(h[i % ENTITIES], x, i, 1);
        }
        commands.drain(rawHandler, BATCH);
        return rawSum;
    }

    /** Floor: the same message size written into and read back from a bare Agrona ring. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long rawRing() {
        double x = ++step;
        long[] h = handles;
        MutableDirectBuffer buffer = rawBuffer;
        for (int i = 0; i < BATCH; i++) {
            int index = raw.tryClaim(MessageTypeIds.ENTITY_SET_POSITION, HandleCommandFlyweight.LENGTH);
            buffer.putLong(index + HandleCommandFlyweight.HANDLE_OFFSET, h[i % ENTITIES]);
            buffer.putInt(index + HandleCommandFlyweight.VALUE_OFFSET, 0);
            buffer.putDouble(index + HandleCommandFlyweight.X_OFFSET, x);
            buffer.putDouble(index + HandleCommandFlyweight.Y_OFFSET, i);
            buffer.putDouble(index + HandleCommandFlyweight.Z_OFFSET, 1);
            raw.commit(index);
        }
        int read = raw.read(rawHandler, BATCH);
        if (read < BATCH) {
            raw.read(rawHandler, BATCH - read);
        }
        return rawSum;
    }

    private void onRaw(int typeId, MutableDirectBuffer buffer, int index, int length) {
        // Raw bits and xor: reading the fields is the point, not a chain of floating-point adds.
        rawSum ^= buffer.getLong(index + HandleCommandFlyweight.HANDLE_OFFSET)
                ^ buffer.getLong(index + HandleCommandFlyweight.X_OFFSET)
                ^ buffer.getLong(index + HandleCommandFlyweight.Y_OFFSET)
                ^ buffer.getLong(index + HandleCommandFlyweight.Z_OFFSET);
    }
}
