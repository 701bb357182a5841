/** The script worker: an Agrona agent that runs script frames when the main thread triggers them. */
package dev.polyframe.script.worker;
