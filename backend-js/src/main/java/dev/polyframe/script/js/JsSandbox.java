package dev.polyframe.script.js;

import dev.polyframe.script.ScriptPermission;
import dev.polyframe.script.ScriptScope;
import java.io.InputStream;
import dev.polyframe.script.polyglot.PolyglotSandbox;
import java.util.List;
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
        return newContext(engine, ScriptScope.NONE);
    }

    /**
     * Creates an isolated context for a game; with a game folder, CommonJS {@code require("./util.js")} and ES
     * {@code import} (in a {@code .mjs} entry script) load modules from it (and from nothing else: see
     * {@code GameFolderFileSystem}), relative to the folder.
     *
     * @param engine the shared engine
     * @param scope the game folder and permissions
     */
    static Context newContext(Engine engine, ScriptScope scope) {
        Context.Builder builder = PolyglotSandbox.isolatedContext(JsScriptBackend.GUEST, engine, CONSOLE_LOGGER, scope,
                List.of(".js", ".mjs", ".cjs", ".json"));
        if (scope.root() != null) {
            // GraalJS 25 marks its CommonJS loader and module-exports option experimental: they need the flag.
            builder.allowExperimentalOptions(true)
                    .option("js.commonjs-require", "true")
                    .option("js.commonjs-require-cwd", scope.root().toString())
                    // An entry script main.mjs is an ES module: its evaluation returns its exports, the hooks.
                    .option("js.esm-eval-returns-exports", "true");
            if (scope.has(ScriptPermission.READ_GAME_FILES)) {
                builder.option("js.shell", "true").in(InputStream.nullInputStream());
            }
        }
        Context context = builder
                .option("js.ecmascript-version", "latest")
                // Rejections nobody handles (an exception in a .then callback, a rejected result nobody awaits)
                // are thrown from the outermost host call, so they become ScriptExceptions instead of vanishing.
                .option("js.unhandled-rejections", "throw")
                .option("js.load", "false")
                .build();
        if (scope.has(ScriptPermission.READ_GAME_FILES)) {
            // js.shell brings read/readbuffer, and also quit (ends the context) and readline (stdin): not for games.
            context.eval("js", "delete globalThis.quit; delete globalThis.readline;");
        }
        return context;
    }
}
