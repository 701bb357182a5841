/** Artemis components: plain data owned by the main thread. */
package dev.polyframe.ecs.component;
