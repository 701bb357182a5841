/** The built-in script APIs: an {@code XXXAPI} (logic, commands, reads) and {@code XXXScriptInterface} each. */
package dev.polyframe.script.api;
