/** Agrona ring buffers carrying commands (script to engine) and events (engine to script). */
package dev.polyframe.sync.ring;
