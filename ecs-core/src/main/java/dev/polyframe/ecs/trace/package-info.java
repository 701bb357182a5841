/**
 * JDK Flight Recorder events of the main loop, so {@code jcmd <pid> JFR.start} shows a frame timeline in JDK Mission
 * Control: {@link FrameEvent}, {@link HandOffEvent}, {@link PublishEvent} and {@link DrainEvent}, all in category
 * "Polyframe". They cost one enabled-check per frame when no recording asks for them.
 */
package dev.polyframe.ecs.trace;
