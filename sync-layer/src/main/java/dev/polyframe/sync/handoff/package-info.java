/** The lock-free trigger/complete hand-off between main frames and script frames. */
package dev.polyframe.sync.handoff;
