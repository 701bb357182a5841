/** The language-neutral script contract: backends (SPI), runtimes, sources and the structured error model. */
package dev.polyframe.script;
