/**
 * GraalVM Polyglot code shared by the GraalVM script backends (JavaScript and Python): engine and sandbox set-up,
 * context lifecycle, generic host functions, value conversion and error translation, each with language-specific
 * hooks. Holds no {@code ScriptBackend}: it is a library the backends use, not a backend.
 */
package dev.polyframe.script.polyglot;
