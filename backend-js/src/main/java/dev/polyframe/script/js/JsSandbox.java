package dev.polyframe.script.js;

import dev.polyframe.script.polyglot.PolyglotSandbox;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * The isolation policy (ARCHITECTURE.md §5): scripts reach the host only through bound interfaces. On top of
 * {@link PolyglotSandbox}'s isolation (no host objects or class lookup, so {@code Java.type} throws and
 * {@code Packages.java...} lead nowhere; no IO, threads, processes, native access, environment or other languages):
 * no {@code load}, the latest ECMAScript, and unhandled rejections thrown. Engine and console output go to SLF4J,
 * never to {@code System.out}. Thread-safe (stateless).
 */
final class JsSandbox {
    /** Logger of what scripts print with {@code console.log} / {@code print} (INFO; {@code console.error} WARN). */
    static final String CONSOLE_LOGGER = "dev.polyframe.script.js.console";
    /** Logger of GraalVM engine messages. */
    static final String ENGINE_LOGGER = "dev.polyframe.script.js.engine";

    private JsSandbox() {
    }

    /**
     * @return a new engine for {@code "js"}: no interpreter-only warning on a stock JDK, engine logs to SLF4J
     */
    static Engine newEngine() {
        return PolyglotSandbox.newEngine(JsScriptBackend.GUEST, ENGINE_LOGGER);
    }

    /**
     * Creates an isolated context on the calling thread; {@code console.log} goes to {@link #CONSOLE_LOGGER}.
     *
     * @param engine the shared engine
     */
    static Context newContext(Engine engine) {
        return PolyglotSandbox.isolatedContext(JsScriptBackend.GUEST, engine, CONSOLE_LOGGER)
                .option("js.ecmascript-version", "latest")
                // Rejections nobody handles (an exception in a .then callback, a rejected result nobody awaits)
                // are thrown from the outermost host call, so they become ScriptExceptions instead of vanishing.
                .option("js.unhandled-rejections", "throw")
                .option("js.load", "false")
                .build();
    }
}
