/** Keyboard and mouse state: the main thread's live input, published to the script worker with each snapshot. */
package dev.polyframe.sync.input;
