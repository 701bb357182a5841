package dev.polyframe.script.python;

import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.polyglot.PolyglotSandbox;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * The isolation policy (ARCHITECTURE.md §5): scripts reach the host only through bound interfaces. No host objects
 * or class lookup (so {@code import java} leads nowhere: {@code java.type(...)} raises {@code KeyError}), no host
 * class loading, no IO (GraalPy still reads its own standard library, which Truffle serves from the language's
 * resources; {@code open()} of anything else raises {@code PermissionError}), no threads, no processes, no native
 * access (the POSIX module is GraalPy's Java emulation, without sockets), no environment, no other languages
 * ({@code polyglot.eval} raises); the shared part is {@link PolyglotSandbox}'s. Engine and console output go to SLF4J,
 * never to {@code System.out}. Thread-safe (stateless).
 */
final class PythonSandbox {
    /** Logger of what scripts print with {@code print} (INFO) or write to {@code sys.stderr} (WARN). */
    static final String CONSOLE_LOGGER = "dev.polyframe.script.python.console";
    /** Logger of GraalVM engine messages. */
    static final String ENGINE_LOGGER = "dev.polyframe.script.python.engine";

    private PythonSandbox() {
    }

    /**
     * Points GraalVM's resource cache at Polyframe's folder ({@link ResourceCache#configure()}), then builds an
     * engine for {@code "python"}: no interpreter-only warning on a stock JDK, engine logs to SLF4J.
     */
    static Engine newEngine() {
        ResourceCache.configure();
        return PolyglotSandbox.newEngine(PythonScriptBackend.GUEST, ENGINE_LOGGER);
    }

    /**
     * Creates an isolated context on the calling thread; {@code print} and {@code sys.stderr} go to
     * {@link #CONSOLE_LOGGER}.
     *
     * @param engine the shared engine
     */
    static Context newContext(Engine engine) {
        return newContext(engine, ScriptScope.NONE);
    }

    /**
     * Creates an isolated context for a game; with a game folder, {@code import util} finds {@code util.py} (and
     * packages) in it, through {@code GameFolderFileSystem}: the game folder read-only plus GraalPy's own standard
     * library, nothing else; {@code read-game-files} lets {@code open(path)} read any file under the folder.
     *
     * @param engine the shared engine
     * @param scope the game folder and permissions
     */
    static Context newContext(Engine engine, ScriptScope scope) {
        Context.Builder builder = PolyglotSandbox.isolatedContext(PythonScriptBackend.GUEST, engine, CONSOLE_LOGGER,
                scope, List.of(".py"));
        if (scope.root() != null) {
            builder.option("python.PythonPath", scope.root().toString());
        }
        return builder
                // The defaults today; pinned because the sandbox relies on them: POSIX calls emulated in Java (no
                // native library), and no .pyc files written next to the standard library.
                .option("python.PosixModuleBackend", "java")
                .option("python.DontWriteBytecodeFlag", "true")
                .option("python.StandardStreamEncoding", "utf-8")
                .build();
    }
}
