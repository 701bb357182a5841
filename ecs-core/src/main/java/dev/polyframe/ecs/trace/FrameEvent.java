package dev.polyframe.ecs.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One main frame, from its start to the end of rendering (pacing excluded). Main thread. */
@Name("polyframe.Frame")
@Label("Main Frame")
@Category("Polyframe")
@Description("One main frame: hand-off, systems (command drain, snapshot write) and rendering")
public final class FrameEvent extends Event {
    /** The main frame number, from 1. */
    @Label("Frame")
    public long frame;

    /** Whether the script runtime was still loading (no script frame completed yet). */
    @Label("Loading")
    public boolean loading;
}
