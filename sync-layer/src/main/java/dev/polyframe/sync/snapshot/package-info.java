/** Double-buffered entity snapshots with dirty-slot publishing. */
package dev.polyframe.sync.snapshot;
