package dev.polyframe.ecs.trace;

import jdk.jfr.EventType;

/**
 * The event types, registered once, so the main loop checks {@code isEnabled()} and allocates an event only while a
 * recording asks for it: no allocation per frame otherwise. Thread-safe.
 */
public final class Tracing {
    /** {@link FrameEvent}. */
    public static final EventType FRAME = EventType.getEventType(FrameEvent.class);
    /** {@link HandOffEvent}. */
    public static final EventType HAND_OFF = EventType.getEventType(HandOffEvent.class);
    /** {@link PublishEvent}. */
    public static final EventType PUBLISH = EventType.getEventType(PublishEvent.class);
    /** {@link DrainEvent}. */
    public static final EventType DRAIN = EventType.getEventType(DrainEvent.class);

    private Tracing() {
    }
}
