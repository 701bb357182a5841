/** The language-neutral values that cross between script runtimes and the engine. */
package dev.polyframe.script.value;
