package dev.polyframe.script.polyglot;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.function.Supplier;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backend's one shared GraalVM {@link Engine}, made on first use so later contexts reuse its parsed code and start
 * in milliseconds instead of seconds, and the start of runtimes on it. The engine lives as long as its holder: the
 * holder never closes it, and an engine passed in stays the caller's to close.
 *
 * <p>Thread-safe: the engine is made once (double-checked locking) whichever thread asks first.
 */
public final class LazyEngine {
    /** Set by the launcher when it starts the JVM without the compiler: {@code off} or {@code unavailable}. */
    public static final String JIT_PROPERTY = "polyframe.jit";
    private static final Logger LOG = LoggerFactory.getLogger(LazyEngine.class);

    private final GuestLanguage language;
    private final String owner;
    private final Supplier<Engine> factory;
    private final Object lock = new Object();
    private final SourceCache sources = new SourceCache();
    private volatile Engine engine;

    /**
     * A holder that makes its engine on the first {@link #get()}.
     *
     * @param language the engine's language, for failure messages
     * @param owner the backend class's simple name, for failure messages
     * @param factory builds the engine; called at most once
     * @throws IllegalArgumentException when an argument is {@code null}
     */
    public LazyEngine(GuestLanguage language, String owner, Supplier<Engine> factory) {
        if (language == null || owner == null || factory == null) {
            throw new IllegalArgumentException("LazyEngine: language=" + language + ", owner=" + owner
                    + ", factory=" + factory + " must all be given");
        }
        this.language = language;
        this.owner = owner;
        this.factory = factory;
    }

    /**
     * A holder of an engine the caller owns (and closes after every runtime is closed).
     *
     * @param language the engine's language, for failure messages
     * @param owner the backend class's simple name, for failure messages
     * @param engine the engine, built for {@code language}
     * @throws IllegalArgumentException when {@code engine} (or another argument) is {@code null}
     */
    public LazyEngine(GuestLanguage language, String owner, Engine engine) {
        this(language, owner, () -> engine);
        if (engine == null) {
            throw new IllegalArgumentException(owner + ": engine=null must be an engine");
        }
        this.engine = engine;
    }

    /**
     * @return the engine, made now when this is the first call
     * @throws IllegalArgumentException when the language is not installed (from GraalVM)
     * @throws IllegalStateException when GraalVM cannot start (from GraalVM)
     */
    public Engine get() {
        Engine current = engine;
        if (current == null) {
            synchronized (lock) {
                current = engine;
                if (current == null) {
                    current = factory.get();
                    engine = current;
                    warnIfInterpreted(current);
                }
            }
        }
        return current;
    }

    /** @return the sources every runtime of this engine loads from */
    public SourceCache sources() {
        return sources;
    }

    /**
     * One warning per engine when GraalVM runs interpreted although nobody asked for it: the launcher sets
     * {@code polyframe.jit} to {@code off} ({@code --no-jit}) or {@code unavailable} (it warned already).
     */
    private void warnIfInterpreted(Engine made) {
        if (made.getImplementationName().contains("Interpreted") && System.getProperty(JIT_PROPERTY) == null) {
            LOG.warn("{}: {} runs interpreted (no Graal compiler on this JVM): scripts are 10-100x slower. Start "
                    + "through ./polyframe on a JDK 21+, or with -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "
                    + "--upgrade-module-path=<the compiler jars>", owner, language.implementation());
        }
    }

    /**
     * Creates a runtime on the engine (making the engine first when needed), on the calling thread, which then owns
     * the runtime.
     *
     * @param runtimes makes the runtime on the engine
     * @return the runtime
     * @throws ScriptException what {@code runtimes} throws, or one saying the language failed to start when GraalVM
     *     throws a {@link PolyglotException}, {@link IllegalArgumentException} (the language is missing) or
     *     {@link IllegalStateException}; the GraalVM exception is its cause
     */
    public ScriptRuntime createRuntime(RuntimeFactory runtimes) throws ScriptException {
        try {
            ScriptRuntime runtime = runtimes.create(get());
            if (runtime instanceof GuestRuntime guest) {
                guest.useSources(sources);
            }
            return runtime;
        } catch (PolyglotException | IllegalArgumentException | IllegalStateException e) {
            throw new ScriptException(new ScriptError(language.id(), GuestErrors.UNKNOWN_FILE, 0, 0, "",
                    owner + ".createRuntime: " + language.implementation() + " failed to start: " + e.getMessage(),
                    "", null), e);
        }
    }

    /** Makes a runtime on an engine; called on the thread that will own the runtime. */
    @FunctionalInterface
    public interface RuntimeFactory {
        /**
         * @param engine the shared engine
         * @return a new runtime with its own context
         * @throws ScriptException when the context or its prelude cannot start
         */
        ScriptRuntime create(Engine engine) throws ScriptException;
    }
}
