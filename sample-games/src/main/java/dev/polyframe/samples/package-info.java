/** The launcher CLI and the sample games. */
package dev.polyframe.samples;
