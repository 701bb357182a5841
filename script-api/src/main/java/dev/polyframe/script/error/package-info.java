/**
 * The structured error model every backend produces (ARCHITECTURE.md §5): {@link ScriptError}, the checked
 * {@link ScriptException} carrying it, and the {@link ScriptErrorListener} the worker reports to. Depends on nothing
 * else in Polyframe, so values, bindings and the SPI can all use it without package cycles.
 */
package dev.polyframe.script.error;
