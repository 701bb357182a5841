package dev.polyframe.script.python;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One GraalPy context running one game, isolated by {@link PythonSandbox}: scripts see only the interfaces bound
 * with {@link #bind} and the prelude's {@code polyframe} module. Failures come out as {@link ScriptException}s
 * carrying a {@link ScriptError} (see README.md for the mapping); API argument errors reach scripts as native
 * {@code TypeError}/{@code ValueError}/{@code RuntimeError}s; deferred results reach them as awaitable
 * {@code polyframe.Pending}s.
 *
 * <p>Threads: created, used and closed on the script worker thread only; GraalPy's global interpreter lock would
 * serialise other threads, but the engine never shares a runtime. Callbacks of a {@code Pending} (and coroutines
 * waiting for it) run inside the {@code Deferred.resolve}/{@code reject} that settles it, on the worker.
 */
public final class PythonRuntime implements ScriptRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(PythonRuntime.class);

    private final Context context;
    private final Value globals;
    private final String mode;
    private final PythonErrors errors;
    private final PythonPrelude prelude;
    private final PythonValues values;
    private String lastFile = "<unknown>";
    private boolean closed;

    /**
     * Creates the context on the calling thread, which becomes the runtime's owner.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    PythonRuntime(Engine engine) throws ScriptException {
        this.context = PythonSandbox.newContext(engine, new LogOutputStream(PythonSandbox.CONSOLE_LOGGER, Level.INFO),
                new LogOutputStream(PythonSandbox.CONSOLE_LOGGER, Level.WARN));
        this.mode = engine.getImplementationName().contains("Interpreted") ? "interpreter" : "jit";
        PythonPrelude installed;
        try {
            installed = PythonPrelude.install(context);
        } catch (PolyglotException e) {
            context.close();
            throw new PythonErrors(guest -> null).toException(e, PythonPrelude.SOURCE_NAME);
        }
        this.prelude = installed;
        this.errors = new PythonErrors(prelude::describe);
        this.values = new PythonValues(prelude, errors, () -> closed);
        this.globals = context.getBindings(PythonScriptBackend.LANGUAGE);
        LOG.debug("PythonRuntime: context created, engine {} ({})", engine.getImplementationName(), mode);
    }

    @Override
    public String language() {
        return PythonScriptBackend.LANGUAGE;
    }

    /** @return {@code "interpreter"} on a stock JDK, {@code "jit"} when the Graal compiler is present */
    @Override
    public String mode() {
        return mode;
    }

    /**
     * Defines the global {@code scriptInterface.name()}: an object with one function per method under its camelCase
     * name and, when different, its snake_case alias ({@code setPosition} and {@code set_position}; a method whose
     * name equals another's alias keeps its own). Each converts its arguments, calls {@link ScriptMethod#invoke}
     * and converts the result; {@code help()} shows the method's signature and doc. Rebinding a name replaces the
     * old global.
     *
     * @throws IllegalStateException when the runtime is closed
     */
    @Override
    public void bind(ScriptInterface scriptInterface) {
        requireOpen("bind");
        Set<String> names = scriptInterface.methods().stream().map(ScriptMethod::name).collect(Collectors.toSet());
        Value api = prelude.newInterface(scriptInterface.name(), scriptInterface.doc());
        for (ScriptMethod method : scriptInterface.methods()) {
            Value function = prelude.wrap(new HostFunction(method, values, prelude), method.name(),
                    method.name() + method.signature() + "\n\n" + method.doc());
            api.putMember(method.name(), function);
            String alias = PythonNames.snakeCase(method.name());
            if (!names.contains(alias)) {
                api.putMember(alias, function);
            }
        }
        globals.putMember(scriptInterface.name(), api);
        LOG.debug("PythonRuntime.bind: {} with {} methods", scriptInterface.name(), scriptInterface.methods().size());
    }

    /**
     * Runs the script's top-level code in the context's {@code __main__} module, defining its hooks.
     *
     * @throws ScriptException on a syntax error (with its line and column) or an exception in top-level code
     */
    @Override
    public void load(ScriptSource source) throws ScriptException {
        lastFile = source.name();
        Source python = Source.newBuilder(PythonScriptBackend.LANGUAGE, source.text(), source.name()).buildLiteral();
        try {
            context.eval(python);
        } catch (PolyglotException e) {
            throw errors.toException(e, source.name());
        } catch (IllegalStateException e) {
            throw errors.unusable("load", source.name(), e);
        }
    }

    /** @return whether the loaded script defines a callable global of that name; {@code false} once closed */
    @Override
    public boolean hasFunction(String name) {
        if (closed) {
            return false;
        }
        Value member = globals.getMember(name);
        return member != null && member.canExecute();
    }

    /**
     * Calls a global function. When it is an {@code async def} function, its coroutine is started as with
     * {@code polyframe.spawn} and the result is NIL.
     *
     * @throws ScriptException when the function raises, does not exist, returns a value with no script equivalent,
     *     or the runtime is closed
     */
    @Override
    public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
        if (closed) {
            throw new ScriptException(new ScriptError(PythonScriptBackend.LANGUAGE, lastFile, 0, 0, "",
                    "call: name=" + name + " cannot run: the Python runtime is closed", "", null), null);
        }
        Value function = globals.getMember(name);
        if (function == null || !function.canExecute()) {
            throw new ScriptException(new ScriptError(PythonScriptBackend.LANGUAGE, lastFile, 0, 0, "",
                    "call: name=" + name + " is not a global function of the loaded script", "", null), null);
        }
        try {
            return values.fromResult(prelude.invoke(function, values.toPython(args)), name);
        } catch (PolyglotException e) {
            throw errors.toException(e, lastFile);
        } catch (ScriptApiException e) {
            throw errors.toException(e, lastFile);
        } catch (IllegalStateException e) {
            throw errors.unusable("call", lastFile, e);
        }
    }

    /** Closes the context; later settlements of pending results are dropped. Idempotent. Worker thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            context.close();
        } catch (PolyglotException | IllegalStateException e) {
            LOG.warn("PythonRuntime.close: closing the context failed: {}", e.getMessage(), e);
        }
    }

    private void requireOpen(String method) {
        if (closed) {
            throw new IllegalStateException("PythonRuntime." + method + ": the runtime is closed");
        }
    }
}
