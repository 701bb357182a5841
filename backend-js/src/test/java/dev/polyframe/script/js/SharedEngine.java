package dev.polyframe.script.js;

import org.graalvm.polyglot.Engine;

/**
 * One GraalVM engine for every test class, so only the first context pays the engine start (about a second).
 * Lives until the test JVM exits.
 */
final class SharedEngine {
    /** The engine, built with the production settings. */
    static final Engine ENGINE = JsSandbox.newEngine();

    private SharedEngine() {
    }

    /** @return a backend whose runtimes share {@link #ENGINE} */
    static JsScriptBackend backend() {
        return new JsScriptBackend(ENGINE);
    }
}
