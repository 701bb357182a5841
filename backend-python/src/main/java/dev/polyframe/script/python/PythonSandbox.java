package dev.polyframe.script.python;

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
 * or class lookup (so {@code import java} leads nowhere: {@code java.type(...)} raises {@code KeyError}), no host
 * class loading, no IO (GraalPy still reads its own standard library, which Truffle serves from the language's
 * resources; {@code open()} of anything else raises {@code PermissionError}), no threads, no processes, no native
 * access (the POSIX module is GraalPy's Java emulation, without sockets), no environment, no other languages
 * ({@code polyglot.eval} raises). Engine and console output go to SLF4J, never to {@code System.out}. Thread-safe
 * (stateless).
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
        return Engine.newBuilder(PythonScriptBackend.LANGUAGE)
                .option("engine.WarnInterpreterOnly", "false")
                .logHandler(new LogOutputStream(ENGINE_LOGGER, Level.WARN))
                .build();
    }

    /**
     * Creates an isolated context on the calling thread.
     *
     * @param engine the shared engine
     * @param out where {@code print} goes
     * @param err where {@code sys.stderr} goes
     */
    static Context newContext(Engine engine, OutputStream out, OutputStream err) {
        return Context.newBuilder(PythonScriptBackend.LANGUAGE)
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
                // The defaults today; pinned because the sandbox relies on them: POSIX calls emulated in Java (no
                // native library), and no .pyc files written next to the standard library.
                .option("python.PosixModuleBackend", "java")
                .option("python.DontWriteBytecodeFlag", "true")
                .option("python.StandardStreamEncoding", "utf-8")
                .out(out)
                .err(err)
                .build();
    }
}
