package dev.polyframe.ecs.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** The frame hand-off: a script frame triggered, or a skip because the worker was busy. Main thread. */
@Name("polyframe.HandOff")
@Label("Hand-off")
@Category("Polyframe")
@Description("Whether this main frame published the snapshot and triggered a script frame, or counted a skip")
public final class HandOffEvent extends Event {
    /** The main frame number. */
    @Label("Frame")
    public long frame;

    /** True when a script frame was triggered, false for a skip (worker still busy). */
    @Label("Triggered")
    public boolean triggered;
}
