package dev.polyframe.script.js;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;
import org.slf4j.event.Level;

/**
 * The isolation policy (ARCHITECTURE.md §5): scripts reach the host only through bound interfaces. No host objects
 * or class lookup (so {@code Java.type} throws and {@code Packages.java...} lead nowhere), no {@code load}, no IO, no
 * threads, no processes, no native access, no environment, no other languages. Engine and console output go to
 * SLF4J, never to {@code System.out}. Thread-safe (stateless).
 */
final class JsSandbox {
    /** Logger of what scripts print with {@code console.log} / {@code print}. */
    static final String CONSOLE_LOGGER = "dev.polyframe.script.js.console";
    /** Logger of GraalVM engine messages. */
    static final String ENGINE_LOGGER = "dev.polyframe.script.js.engine";

    private JsSandbox() {
    }

    /**
     * @return a new engine for {@code "js"}: no interpreter-only warning on a stock JDK, engine logs to SLF4J
     */
    static Engine newEngine() {
        return Engine.newBuilder(JsScriptBackend.LANGUAGE)
                .option("engine.WarnInterpreterOnly", "false")
                .logHandler(new LogOutputStream(ENGINE_LOGGER, Level.WARN))
                .build();
    }

    /**
     * Creates an isolated context on the calling thread.
     *
     * @param engine the shared engine
     * @param out where {@code console.log} goes
     * @param err where {@code console.error} goes
     */
    static Context newContext(Engine engine, OutputStream out, OutputStream err) {
        return Context.newBuilder(JsScriptBackend.LANGUAGE)
                .engine(engine)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .option("js.ecmascript-version", "latest")
                // Rejections nobody handles (an exception in a .then callback, a rejected result nobody awaits)
                // are thrown from the outermost host call, so they become ScriptExceptions instead of vanishing.
                .option("js.unhandled-rejections", "throw")
                .option("js.load", "false")
                .out(out)
                .err(err)
                .build();
    }
}
