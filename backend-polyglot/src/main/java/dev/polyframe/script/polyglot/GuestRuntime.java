package dev.polyframe.script.polyglot;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GraalVM context running one game: the part of a runtime every GraalVM language shares. It installs the
 * prelude (closing the context when that fails), loads scripts, finds and calls global functions, and closes.
 * Failures come out as {@link ScriptException}s carrying a {@link ScriptError}, made by the runtime's
 * {@link GuestErrors}; values cross with its {@link GuestValues}. A subclass binds interfaces its language's way.
 *
 * <p>A subclass constructor creates the context (see {@link PolyglotSandbox}), passes it to this constructor, then
 * calls {@link #install} and {@link #attach} once each, in that order, before the runtime is used.
 *
 * <p>Threads: created, used and closed on the script worker thread only (a context rejects concurrent use); another
 * thread gets a {@link ScriptException} from {@link #load} and {@link #call} (GraalVM's {@link IllegalStateException}
 * as its cause). Null arguments are a {@link NullPointerException}.
 */
public abstract class GuestRuntime implements ScriptRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(GuestRuntime.class);

    /** How long {@link #interrupt()} waits for the guest code to stop. */
    public static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);

    private final GuestLanguage language;
    private final Context context;
    private final String mode;
    private Value globals;
    private GuestErrors errors;
    private GuestValues values;
    private SourceCache sources = new SourceCache();
    private String lastFile = GuestErrors.UNKNOWN_FILE;
    private volatile boolean closed;

    /**
     * @param language the context's language
     * @param context a new context, built on the calling thread; this runtime now owns (and closes) it
     */
    protected GuestRuntime(GuestLanguage language, Context context) {
        this.language = language;
        this.context = context;
        this.mode = context.getEngine().getImplementationName().contains("Interpreted") ? "interpreter" : "jit";
    }

    /**
     * Installs the runtime's prelude. On failure the context is closed.
     *
     * @param installer evaluates the prelude in the context and returns its helpers
     * @param bootErrors maps a failure of the prelude (no prelude helps it yet)
     * @param sourceName the prelude's source name, reported when the failure has no location
     * @return the installed helpers
     * @throws ScriptException when the prelude fails to evaluate (a bug in it)
     */
    protected final <P> P install(Function<Context, P> installer, GuestErrors bootErrors, String sourceName)
            throws ScriptException {
        P installed;
        try {
            installed = installer.apply(context);
        } catch (PolyglotException e) {
            context.close();
            throw bootErrors.toException(e, sourceName);
        }
        this.globals = context.getBindings(language.id());
        LOG.debug("{}: context created, engine {} ({})", getClass().getSimpleName(),
                context.getEngine().getImplementationName(), mode);
        return installed;
    }

    /**
     * @param runtimeErrors maps every later failure
     * @param runtimeValues converts arguments and results of {@link #call}
     */
    protected final void attach(GuestErrors runtimeErrors, GuestValues runtimeValues) {
        this.errors = runtimeErrors;
        this.values = runtimeValues;
    }

    /**
     * @param method the runtime method asking, for the message ({@code "bind"})
     * @return the context's global scope, to define bound interfaces in
     * @throws IllegalStateException when the runtime is closed
     */
    protected final Value globals(String method) {
        if (closed) {
            throw new IllegalStateException(getClass().getSimpleName() + "." + method + ": the runtime is closed");
        }
        return globals;
    }

    /** @return whether {@link #close()} ran; settlements arriving later are dropped */
    protected final boolean isClosed() {
        return closed;
    }

    /** Shares the engine's source cache ({@link LazyEngine} calls this as it hands the runtime out). */
    final void useSources(SourceCache shared) {
        this.sources = shared;
    }

    /** @return the engine the context runs on: the backend's shared one */
    public final Engine engine() {
        return context.getEngine();
    }

    @Override
    public final String language() {
        return language.id();
    }

    /** @return {@code "interpreter"} on a stock JDK, {@code "jit"} when the Graal compiler is present */
    @Override
    public final String mode() {
        return mode;
    }

    /**
     * Runs a script's top-level code, defining its hooks. The source comes from the engine's {@link SourceCache}, so
     * another context loading the same file reuses its parsed code.
     *
     * @throws ScriptException on a syntax error (with its line and column), a failure of top-level code, or when
     *     the runtime cannot run
     */
    @Override
    public final void load(ScriptSource source) throws ScriptException {
        lastFile = source.name();
        Source guest = guestSource(source);
        Value result = errors.guard("load", source.name(), () -> context.eval(guest));
        loaded(source, result);
    }

    /**
     * The GraalVM source {@link #load} evaluates; a subclass may choose another MIME type (a JavaScript module).
     *
     * @param source the script
     * @return by default the script as a literal source of the language, named as the script
     */
    protected Source guestSource(ScriptSource source) {
        return sources.get(language.id(), source.name(), source.text());
    }

    /**
     * Called after {@link #load} evaluated a script, with what the evaluation returned; by default nothing. A subclass
     * may define globals from it (a JavaScript module's exports).
     *
     * @param source the script
     * @param result the evaluation's value
     */
    protected void loaded(ScriptSource source, Value result) {
    }

    /** @return whether the loaded scripts define a callable global of that name; {@code false} once closed */
    @Override
    public final boolean hasFunction(String name) {
        if (closed) {
            return false;
        }
        Value member = globals.getMember(name);
        return member != null && member.canExecute();
    }

    /**
     * Calls a global function: converts the arguments, calls it with {@link GuestValues#execute} and converts the
     * result with {@link GuestValues#fromResult}.
     *
     * @throws ScriptException when the function fails, does not exist, returns a value with no script equivalent,
     *     or the runtime is closed; located in the last loaded file when the failure has no location
     */
    @Override
    public final ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
        if (closed) {
            throw errors.failure(lastFile, "call: name=" + name + " cannot run: the " + language.name()
                    + " runtime is closed");
        }
        Value function = globals.getMember(name);
        if (function == null || !function.canExecute()) {
            throw errors.failure(lastFile, "call: name=" + name + " is not a global function of the loaded script");
        }
        return errors.guard("call", lastFile,
                () -> values.fromResult(values.execute(function, values.toGuest(args)), name));
    }

    /**
     * Interrupts the guest code running in the context with GraalVM's {@code Context.interrupt}: the running
     * {@link #load}, {@link #call} or callback fails with an interrupted {@code PolyglotException} (a script cannot
     * catch it), and the context stays usable (RECIPES.md: 10-60 ms). Blocks the calling thread (the watchdog's) until
     * the code stopped, at most {@link #INTERRUPT_WAIT}; logs when it did not. Any thread; nothing happens when no code
     * runs or the runtime is closed.
     */
    @Override
    public final void interrupt() {
        if (closed) {
            return;
        }
        try {
            context.interrupt(INTERRUPT_WAIT);
        } catch (TimeoutException e) {
            LOG.warn("{}.interrupt: the script did not stop within {} ms", getClass().getSimpleName(),
                    INTERRUPT_WAIT.toMillis());
        } catch (IllegalStateException | PolyglotException e) {
            LOG.debug("{}.interrupt: {}", getClass().getSimpleName(), e.toString());
        }
    }

    /** Closes the context; later settlements of pending results are dropped. Idempotent. */
    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            context.close();
        } catch (PolyglotException | IllegalStateException e) {
            LOG.warn("{}.close: closing the context failed: {}", getClass().getSimpleName(), e.getMessage(), e);
        }
    }
}
