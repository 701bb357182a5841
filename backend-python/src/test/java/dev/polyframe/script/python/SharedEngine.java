package dev.polyframe.script.python;

import org.graalvm.polyglot.Engine;

/**
 * One GraalVM engine for every test class, so only the first context pays the engine and GraalPy start (seconds).
 * Built like production engines, so it also points GraalVM's resource cache at {@code polyframe.cache.dir}. Lives
 * until the test JVM exits.
 */
final class SharedEngine {
    /** The engine, built with the production settings. */
    static final Engine ENGINE = PythonSandbox.newEngine();

    private SharedEngine() {
    }

    /** @return a backend whose runtimes share {@link #ENGINE} */
    static PythonScriptBackend backend() {
        return new PythonScriptBackend(ENGINE);
    }
}
