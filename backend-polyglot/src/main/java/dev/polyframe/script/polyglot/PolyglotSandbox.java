package dev.polyframe.script.polyglot;

import dev.polyframe.script.ScriptScope;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;
import org.slf4j.event.Level;

/**
 * The part of the isolation policy (ARCHITECTURE.md §5) every GraalVM backend shares: scripts reach the host only
 * through bound interfaces. No host objects, host class lookup or class loading, no IO, no threads, no processes, no
 * native access, no environment, no other languages. Engine and console output go to SLF4J, never to
 * {@code System.out}. Each backend adds its language's options to the context builder and builds it. Null
 * arguments are a {@link NullPointerException}. Thread-safe (stateless).
 */
public final class PolyglotSandbox {
    private PolyglotSandbox() {
    }

    /**
     * @param language the one language the engine runs
     * @param engineLogger the SLF4J logger of engine messages (WARN)
     * @return a new engine: no interpreter-only warning on a stock JDK, engine logs to SLF4J
     * @throws IllegalArgumentException when the language is not installed (GraalVM's own check)
     */
    public static Engine newEngine(GuestLanguage language, String engineLogger) {
        return Engine.newBuilder(language.id())
                .option("engine.WarnInterpreterOnly", "false")
                .logHandler(new LogOutputStream(engineLogger, Level.WARN))
                .build();
    }

    /**
     * Starts a context builder with the shared isolation options; the caller adds its language's options and calls
     * {@code build()} on the thread that will own the context.
     *
     * @param language the context's language
     * @param engine the shared engine
     * @param consoleLogger the SLF4J logger of what scripts print: standard output at INFO, standard error at WARN
     * @return the builder, isolated, with output and error streams set
     */
    public static Context.Builder isolatedContext(GuestLanguage language, Engine engine, String consoleLogger) {
        return Context.newBuilder(language.id())
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
                .out(new LogOutputStream(consoleLogger, Level.INFO))
                .err(new LogOutputStream(consoleLogger, Level.WARN));
    }

    /**
     * {@link #isolatedContext(GuestLanguage, Engine, String)} for a game with a folder: the context's file system is
     * {@link GameFolderFileSystem} (the game folder read-only, relative paths against it, nothing outside; other files
     * than {@code sourceExtensions} only with {@code read-game-files}). With {@link ScriptScope#NONE} it is the
     * plain isolated context (no IO).
     *
     * @param language the context's language
     * @param engine the shared engine
     * @param consoleLogger the SLF4J logger of what scripts print
     * @param scope the game folder and permissions
     * @param sourceExtensions module files readable without permission, with the dot, for example {@code [".js"]}
     * @return the builder, isolated, with output and error streams and the file system set
     */
    public static Context.Builder isolatedContext(GuestLanguage language, Engine engine, String consoleLogger,
            ScriptScope scope, List<String> sourceExtensions) {
        Context.Builder builder = isolatedContext(language, engine, consoleLogger);
        if (scope.root() != null) {
            builder.allowIO(IOAccess.newBuilder()
                    .fileSystem(GameFolderFileSystem.forScope(scope, sourceExtensions))
                    .build());
        }
        return builder;
    }
}
