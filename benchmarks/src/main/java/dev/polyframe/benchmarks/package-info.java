/** JMH benchmarks and measured loops of the sync layer, each against a floor measured in the same run. */
package dev.polyframe.benchmarks;
