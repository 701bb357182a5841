package dev.polyframe.ecs.system;

import com.artemis.utils.BitVector;
import com.artemis.utils.IntBag;

/**
 * The Artemis entity ids whose script-visible components changed this frame, without duplicates. Systems that
 * change such components mark them; {@link SnapshotWriteSystem} writes them to the back snapshot and clears the set.
 *
 * <p>Main thread only. No allocation once the bag has grown to the working size.
 */
public final class ChangeSet {
    private final IntBag ids = new IntBag(1024);
    private final BitVector marks = new BitVector(1024);

    /** Marks an entity changed. */
    public void mark(int entityId) {
        if (!marks.get(entityId)) {
            marks.set(entityId);
            ids.add(entityId);
        }
    }

    /** Forgets a deleted entity. */
    public void unmark(int entityId) {
        if (marks.get(entityId)) {
            marks.clear(entityId);
            ids.removeValue(entityId);
        }
    }

    /** @return the marked ids, valid until {@link #clear()} */
    public IntBag ids() {
        return ids;
    }

    /** Forgets every mark. */
    public void clear() {
        int[] data = ids.getData();
        for (int i = 0, n = ids.size(); i < n; i++) {
            marks.clear(data[i]);
        }
        ids.setSize(0);
    }
}
