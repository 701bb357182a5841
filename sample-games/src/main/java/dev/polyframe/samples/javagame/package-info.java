/** The scripted benchmark's Java baseline: the orbit workload as a plain-Java "script" behind the script contract. */
package dev.polyframe.samples.javagame;
