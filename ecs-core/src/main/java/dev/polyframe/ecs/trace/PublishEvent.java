package dev.polyframe.ecs.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A snapshot publish: swap plus dirty-slot catch-up copy. Main thread. */
@Name("polyframe.Publish")
@Label("Snapshot Publish")
@Category("Polyframe")
@Description("Snapshot swap and the copy of the slots changed since the last publish")
public final class PublishEvent extends Event {
    /** The main frame the published snapshot shows. */
    @Label("Frame")
    public long frame;

    /** Slots copied (written since the previous publish). */
    @Label("Dirty Slots")
    public int dirtySlots;

    /** Live entities in the snapshot. */
    @Label("Entities")
    public int entities;
}
