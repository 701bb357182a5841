/** The language-neutral script contract: backends (SPI), runtimes and sources; errors are in {@code .error}. */
package dev.polyframe.script;
