package dev.polyframe.script.python;

import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestRuntime;
import dev.polyframe.script.polyglot.HostFunction;
import java.util.Set;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GraalPy context running one game, isolated by {@link PythonSandbox}: scripts see only the interfaces bound
 * with {@link #bind} and the prelude's {@code polyframe} module. Failures come out as {@link ScriptException}s
 * carrying a {@link ScriptError} (see README.md for the mapping); API argument errors reach scripts as native
 * {@code TypeError}/{@code ValueError}/{@code RuntimeError}s; deferred results reach them as awaitable
 * {@code polyframe.Pending}s. Scripts load into the context's {@code __main__} module; a hook that is an
 * {@code async def} function is started as with {@code polyframe.spawn} and its call returns NIL. Loading, calling
 * and closing are {@link GuestRuntime}'s.
 *
 * <p>Threads: created, used and closed on the script worker thread only; GraalPy's global interpreter lock would
 * serialise other threads, but the engine never shares a runtime. Callbacks of a {@code Pending} (and coroutines
 * waiting for it) run inside the {@code Deferred.resolve}/{@code reject} that settles it, on the worker.
 */
public final class PythonRuntime extends GuestRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(PythonRuntime.class);

    private final PythonPrelude prelude;
    private final PythonValues values;

    /**
     * Creates the context on the calling thread, which becomes the runtime's owner.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    PythonRuntime(Engine engine) throws ScriptException {
        this(engine, ScriptScope.NONE);
    }

    /**
     * Creates the context for a game on the calling thread, which becomes the runtime's owner: with a game folder,
     * {@code import} finds modules in it.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    PythonRuntime(Engine engine, ScriptScope scope) throws ScriptException {
        super(PythonScriptBackend.GUEST, PythonSandbox.newContext(engine, scope));
        this.prelude = install(PythonPrelude::install, new PythonErrors(guest -> null), PythonPrelude.SOURCE_NAME);
        PythonErrors errors = new PythonErrors(prelude::describe);
        this.values = new PythonValues(prelude, errors, this::isClosed);
        attach(errors, values);
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
        Value globals = globals("bind");
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
}
