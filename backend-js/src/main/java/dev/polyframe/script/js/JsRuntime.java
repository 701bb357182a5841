package dev.polyframe.script.js;

import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestRuntime;
import dev.polyframe.script.polyglot.HostFunction;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GraalJS context running one game, isolated by {@link JsSandbox}: scripts see only the interfaces bound with
 * {@link #bind}. Failures come out as {@link ScriptException}s carrying a {@link ScriptError} (see README.md for the
 * mapping); API argument errors reach scripts as native {@code TypeError}/{@code RangeError}/{@code Error}s; deferred
 * results reach them as {@code Promise}s. Loading, calling and closing are {@link GuestRuntime}'s.
 *
 * <p>Threads: created, used and closed on the script worker thread only (a GraalJS context rejects concurrent use).
 * Promise reactions ({@code .then} callbacks) run when the outermost Java→JS call returns: at the end of
 * {@link #load}, {@link #call}, a callback, or the resolve that a {@code Deferred} settling performs.
 */
public final class JsRuntime extends GuestRuntime {
    /** The file extension of an entry script run as an ES module. */
    static final String MODULE_EXTENSION = ".mjs";
    private static final String MODULE_MIME_TYPE = "application/javascript+module";
    private static final Logger LOG = LoggerFactory.getLogger(JsRuntime.class);

    private final JsPrelude prelude;
    private final JsValues values;

    /**
     * Creates the context on the calling thread, which becomes the runtime's owner.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    JsRuntime(Engine engine) throws ScriptException {
        this(engine, ScriptScope.NONE);
    }

    /**
     * Creates the context for a game on the calling thread, which becomes the runtime's owner: with a game folder,
     * {@code require} loads modules from it.
     *
     * @throws ScriptException when the context or the prelude cannot start
     */
    JsRuntime(Engine engine, ScriptScope scope) throws ScriptException {
        super(JsScriptBackend.GUEST, JsSandbox.newContext(engine, scope));
        this.prelude = install(JsPrelude::install, new JsErrors(guest -> null), JsPrelude.SOURCE_NAME);
        JsErrors errors = new JsErrors(prelude::apiMethodOf);
        this.values = new JsValues(prelude, errors, this::isClosed);
        attach(errors, values);
    }

    /**
     * An entry script named {@code *.mjs} is an ES module ({@code import ... from "./util.mjs"}; needs a game
     * folder); any other is a classic script.
     */
    @Override
    protected Source guestSource(ScriptSource source) {
        if (!source.name().endsWith(MODULE_EXTENSION)) {
            return super.guestSource(source);
        }
        return Source.newBuilder(JsScriptBackend.LANGUAGE, source.text(), source.name())
                .mimeType(MODULE_MIME_TYPE).buildLiteral();
    }

    /** A module's exported functions become globals, so its {@code export function update(dt)} is the hook. */
    @Override
    protected void loaded(ScriptSource source, Value result) {
        if (!source.name().endsWith(MODULE_EXTENSION) || result == null || !result.hasMembers()) {
            return;
        }
        Value globals = globals("load");
        for (String name : result.getMemberKeys()) {
            Value member = result.getMember(name);
            if (member.canExecute()) {
                globals.putMember(name, member);
            }
        }
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
        Value globals = globals("bind");
        Value api = prelude.object();
        for (ScriptMethod method : scriptInterface.methods()) {
            api.putMember(method.name(), prelude.wrap(new HostFunction(method, values, prelude), method.name()));
        }
        globals.putMember(scriptInterface.name(), api);
        LOG.debug("JsRuntime.bind: {} with {} methods", scriptInterface.name(), scriptInterface.methods().size());
    }
}
