package dev.polyframe.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.artemis.World;
import dev.polyframe.ecs.component.ScriptHandle;
import dev.polyframe.ecs.component.Transform;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each benchmark measures what it claims: one invocation, checked, no timing. */
class BenchmarkSanityTest {

    @Test
    void shouldPublishExactlyTheDirtySlots() {
        SnapshotPublishBenchmark.MarkedSnapshot s = new SnapshotPublishBenchmark.MarkedSnapshot();
        s.entities = 1_000;
        s.dirtyPercent = 10;
        s.createEntities();
        long copied = s.buffers.copiedSlots();
        s.markDirty();
        assertEquals(100, s.buffers.dirtyCount());
        new SnapshotPublishBenchmark().publish(s);
        assertEquals(copied + 100, s.buffers.copiedSlots());
        assertEquals(0, s.buffers.dirtyCount());
        s.verify();
    }

    @Test
    void shouldDrawDistinctSortedDirtySlots() {
        int[] slots = SnapshotPublishBenchmark.dirtySlots(100_000, 1_000, 7);
        assertEquals(1_000, slots.length);
        assertEquals(1_000, Arrays.stream(slots).distinct().count());
        for (int i = 1; i < slots.length; i++) {
            assertTrue(slots[i - 1] < slots[i], "sorted");
        }
        assertEquals(1, SnapshotPublishBenchmark.dirtyCount(10, 1), "at least one dirty slot");
    }

    @Test
    void shouldApplyEveryEncodedCommandToTheWorld() {
        CommandPipelineBenchmark b = new CommandPipelineBenchmark();
        b.setUp();
        World world = b.pipeline();
        var handles = world.getMapper(ScriptHandle.class);
        var transforms = world.getMapper(Transform.class);
        int moved = 0;
        for (int id = 0; id < CommandPipelineBenchmark.ENTITIES; id++) {
            if (handles.has(id)) {
                assertEquals(1.0, transforms.get(id).x, "x of the first batch");
                assertEquals(1.0, transforms.get(id).z);
                moved++;
            }
        }
        assertEquals(CommandPipelineBenchmark.ENTITIES, moved);
        b.rawRing();
        b.encodeAndDrain();
        b.verify();
    }
}
