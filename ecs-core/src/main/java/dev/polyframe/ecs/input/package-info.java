/** Main-thread input: Java injection of keyboard and mouse events, per-frame hooks, and engine hotkeys. */
package dev.polyframe.ecs.input;
