/** The renderer boundary: the engine draws through {@link dev.polyframe.ecs.render.Renderer}, on the main thread. */
package dev.polyframe.ecs.render;
