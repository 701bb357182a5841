/** The engine: the Artemis world, its main loop and frame timeline, and run statistics. */
package dev.polyframe.ecs;
