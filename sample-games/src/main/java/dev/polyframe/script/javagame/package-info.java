/**
 * The scripted benchmark's Java baseline (module {@code sample-games}): the orbit workload as a plain-Java "script"
 * behind the script contract. A backend package, so outside {@code dev.polyframe.samples}: the contract rules keep
 * backends off the samples, the engine and the sync layer.
 */
package dev.polyframe.script.javagame;
