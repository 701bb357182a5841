package dev.polyframe.ecs.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One frame's command drain: decode and apply. Main thread. */
@Name("polyframe.Drain")
@Label("Command Drain")
@Category("Polyframe")
@Description("Commands taken from the command ring and applied to the world in one main frame")
public final class DrainEvent extends Event {
    /** Commands handled, frame-end markers included. */
    @Label("Commands")
    public int commands;

    /** Whether the drain stopped at its time budget with commands left for the next frame. */
    @Label("Budget Stop")
    public boolean budgetStop;
}
