package dev.polyframe.script.js;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One GraalJS context running one game, isolated by {@link JsSandbox}: scripts see only the interfaces bound with
 * {@link #bind}. Failures come out as {@link ScriptException}s carrying a {@link ScriptError} (see README.md for the
 * mapping); API argument errors reach scripts as native {@code TypeError}/{@code RangeError}/{@code Error}s; deferred
 * results reach them as {@code Promise}s.
 *
 * <p>Threads: created, used and closed on the script worker thread only (a GraalJS context rejects concurrent use).
 * Promise reactions ({@code .then} callbacks) run when the outermost Java→JS call returns: at the end of
 * {@link #load}, {@link #call}, a callback, or the resolve that a {@code Deferred} settling performs.
 */
public final class JsRuntime implements ScriptRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(JsRuntime.class);

    private final Context context;
    private final Value globals;
    private final String mode;
    private final JsErrors errors;
    private final JsPrelude prelude;
    private final JsValues values;
    private String lastFile = "<unknown>";
    private boolean closed;

    /**
     * Creates the context on the calling thread, which becomes the runtime's owner.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    JsRuntime(Engine engine) throws ScriptException {
        this.context = JsSandbox.newContext(engine, new LogOutputStream(JsSandbox.CONSOLE_LOGGER, Level.INFO),
                new LogOutputStream(JsSandbox.CONSOLE_LOGGER, Level.WARN));
        this.mode = engine.getImplementationName().contains("Interpreted") ? "interpreter" : "jit";
        JsPrelude installed;
        try {
            installed = JsPrelude.install(context);
        } catch (PolyglotException e) {
            context.close();
            throw new JsErrors(guest -> null).toException(e, JsPrelude.SOURCE_NAME);
        }
        this.prelude = installed;
        this.errors = new JsErrors(prelude::apiMethodOf);
        this.values = new JsValues(prelude, errors, () -> closed);
        this.globals = context.getBindings(JsScriptBackend.LANGUAGE);
        LOG.debug("JsRuntime: context created, engine {} ({})", engine.getImplementationName(), mode);
    }

    @Override
    public String language() {
        return JsScriptBackend.LANGUAGE;
    }

    /** @return {@code "interpreter"} on a stock JDK, {@code "jit"} when the Graal compiler is present */
    @Override
    public String mode() {
        return mode;
    }

    /**
     * Defines the global {@code scriptInterface.name()}: a plain object with one function per method, each
     * converting its arguments, calling {@link ScriptMethod#invoke} and converting the result. Rebinding a name
     * replaces the old global.
     *
     * @throws IllegalStateException when the runtime is closed
     */
    @Override
    public void bind(ScriptInterface scriptInterface) {
        requireOpen("bind");
        Value api = prelude.object();
        for (ScriptMethod method : scriptInterface.methods()) {
            api.putMember(method.name(), prelude.wrap(new HostFunction(method, values, prelude), method.name()));
        }
        globals.putMember(scriptInterface.name(), api);
        LOG.debug("JsRuntime.bind: {} with {} methods", scriptInterface.name(), scriptInterface.methods().size());
    }

    @Override
    public void load(ScriptSource source) throws ScriptException {
        lastFile = source.name();
        Source js = Source.newBuilder(JsScriptBackend.LANGUAGE, source.text(), source.name()).buildLiteral();
        try {
            context.eval(js);
        } catch (PolyglotException e) {
            throw errors.toException(e, source.name());
        } catch (IllegalStateException e) {
            throw errors.unusable("load", source.name(), e);
        }
    }

    @Override
    public boolean hasFunction(String name) {
        if (closed) {
            return false;
        }
        Value member = globals.getMember(name);
        return member != null && member.canExecute();
    }

    @Override
    public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
        if (closed) {
            throw new ScriptException(new ScriptError(JsScriptBackend.LANGUAGE, lastFile, 0, 0, "",
                    "call: name=" + name + " cannot run: the JS runtime is closed", "", null), null);
        }
        Value function = globals.getMember(name);
        if (function == null || !function.canExecute()) {
            throw new ScriptException(new ScriptError(JsScriptBackend.LANGUAGE, lastFile, 0, 0, "",
                    "call: name=" + name + " is not a global function of the loaded script", "", null), null);
        }
        try {
            Value result = function.execute(values.toJs(args));
            return values.toScript(result, name, "return value");
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
            LOG.warn("JsRuntime.close: closing the context failed: {}", e.getMessage(), e);
        }
    }

    private void requireOpen(String method) {
        if (closed) {
            throw new IllegalStateException("JsRuntime." + method + ": the runtime is closed");
        }
    }
}
