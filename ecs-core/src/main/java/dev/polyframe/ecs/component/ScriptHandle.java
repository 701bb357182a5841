package dev.polyframe.ecs.component;

import com.artemis.Component;

/**
 * Links an Artemis entity to the opaque handle a script knows it by, and to its snapshot slot.
 *
 * <p>Scripts never see Artemis ids: Artemis reuses ids, handles are never reused in a run. Owned by the main thread.
 */
public class ScriptHandle extends Component {
    /** The script-visible handle, 1 to 2^53 - 1. */
    public long handle;
    /** Slot in the entity snapshot, or -1 for objects that are not in the snapshot (cameras). */
    public int slot = -1;
}
