package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One set of LuaJ globals running one game, isolated by {@link LuaSandbox}: scripts see only the interfaces bound with
 * {@link #bind}, the safe standard libraries and {@code polyframe} ({@code spawn}, {@code await}). Failures come out
 * as {@link ScriptException}s carrying a {@link ScriptError} (see README.md for the mapping); API argument errors
 * reach scripts as Lua errors at their call; deferred results reach them as pending userdata, callbacks or task
 * resumptions.
 *
 * <p>Threads: created, used and closed on the script worker thread only. Coroutines (and so {@code polyframe.spawn}
 * tasks) run on Java threads of their own, one at a time while the worker waits; {@link #close()} ends the suspended
 * ones. {@code Deferred}s must be settled on the worker.
 */
public final class LuaRuntime implements ScriptRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(LuaRuntime.class);

    private final LuaMode mode;
    private final Globals globals;
    private final LuaStack stack;
    private final LuaErrors errors;
    private final LuaValues values;
    private final LuaCoroutines coroutines;
    private final LuaTasks tasks;
    private final LuaInterrupt interrupt = new LuaInterrupt();
    private String lastFile = LuaErrors.UNKNOWN_FILE;
    private boolean closed;

    /**
     * Creates the globals on the calling thread, which becomes the runtime's owner.
     *
     * @throws ScriptException when the prelude fails to run
     */
    LuaRuntime(LuaMode mode) throws ScriptException {
        this(mode, ScriptScope.NONE);
    }

    /**
     * Creates the globals for a game on the calling thread, which becomes the runtime's owner: with a game folder,
     * {@code require("util")} loads {@code util.lua} from it ({@link LuaModules}); with {@code read-game-files},
     * {@code io.open} reads files under it ({@link LuaGameFiles}).
     *
     * @throws ScriptException when the prelude fails to run
     */
    LuaRuntime(LuaMode mode, ScriptScope scope) throws ScriptException {
        this.mode = mode;
        this.globals = LuaSandbox.newGlobals(mode, scope, interrupt);
        this.stack = mode.stack(globals);
        LuaModules.install(globals, stack, scope);
        this.errors = new LuaErrors(stack);
        this.values = new LuaValues(errors, () -> closed);
        this.coroutines = new LuaCoroutines(globals);
        this.tasks = new LuaTasks(globals, values, errors, coroutines);
        globals.set("error", errors.errorFunction());
        try {
            LuaPrelude.install(globals, stack, tasks.host());
        } catch (RuntimeException | LinkageError e) {
            throw errors.toException(e, LuaPrelude.CHUNK, null);
        }
        LOG.debug("LuaRuntime: globals created ({})", mode.label());
    }

    /** @return {@code "lua"} */
    @Override
    public String language() {
        return LuaScriptBackend.LANGUAGE;
    }

    /** @return {@code "luajc"} (Lua compiled to JVM bytecode) or {@code "interpreter"} */
    @Override
    public String mode() {
        return mode.label();
    }

    /**
     * Defines the global {@code scriptInterface.name()}: a table with one function per method, each converting its
     * arguments, calling {@link ScriptMethod#invoke} and converting the result. Rebinding a name replaces the old
     * global. Worker thread.
     *
     * @throws IllegalStateException when the runtime is closed
     */
    @Override
    public void bind(ScriptInterface scriptInterface) {
        if (closed) {
            throw new IllegalStateException("LuaRuntime.bind: the runtime is closed");
        }
        LuaTable api = new LuaTable();
        for (ScriptMethod method : scriptInterface.methods()) {
            api.set(method.name(), new HostFunction(method, api, values, errors, interrupt));
        }
        globals.set(scriptInterface.name(), api);
        LOG.debug("LuaRuntime.bind: {} with {} methods", scriptInterface.name(), scriptInterface.methods().size());
    }

    /**
     * Compiles the source (with LuaJC in {@code luajc} mode: milliseconds per chunk) and runs its top level.
     *
     * @throws ScriptException on a syntax error (file and line of it), an error in top-level code, a chunk LuaJC
     *     cannot compile, or when the runtime is closed
     */
    @Override
    public void load(ScriptSource source) throws ScriptException {
        if (closed) {
            throw errors.failure(source.name(),
                    "load: name=" + source.name() + " cannot run: the Lua runtime is closed");
        }
        lastFile = source.name();
        stack.loaded(source.name());
        LuaValue chunk;
        try {
            chunk = globals.load(source.text(), source.name());
        } catch (LuaError e) {
            throw syntaxError(source.name(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new ScriptException(new ScriptError(LuaScriptBackend.LANGUAGE, source.name(), 0, 0, "",
                    "load: " + mode.label() + " cannot compile " + source.name() + ": " + e
                            + " (-D" + LuaScriptBackend.LUAJC_PROPERTY + "=false selects the interpreter)", "", null),
                    e);
        }
        try {
            chunk.call();
        } catch (RuntimeException | StackOverflowError e) {
            throw errors.toException(e, source.name(), null);
        }
    }

    /** @return whether the globals hold a function of that name; {@code false} once closed. Worker thread. */
    @Override
    public boolean hasFunction(String name) {
        return !closed && globals.get(name).isfunction();
    }

    /**
     * Calls a global function; returns its first result.
     *
     * @throws ScriptException when the function raises an error, does not exist, an argument or the result has no
     *     script equivalent, or the runtime is closed
     */
    @Override
    public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
        if (closed) {
            throw errors.failure(lastFile, "call: name=" + name + " cannot run: the Lua runtime is closed");
        }
        LuaValue function = globals.get(name);
        if (!function.isfunction()) {
            throw errors.failure(lastFile, "call: name=" + name + " is not a global function of the loaded script");
        }
        try {
            Varargs result = function.invoke(values.toLua(args));
            return values.toScript(result.arg1(), name, "return value");
        } catch (RuntimeException | StackOverflowError e) {
            throw errors.toException(e, lastFile, name);
        }
    }

    /**
     * Asks the running Lua code to stop (see {@link LuaInterrupt} for where it is checked, and the LuaJC limit).
     * Does not block. Any thread.
     */
    @Override
    public void interrupt() {
        interrupt.request();
    }

    /** Forgets an interrupt request. Worker thread. */
    @Override
    public void resetInterrupt() {
        interrupt.reset();
    }

    /**
     * Stops every suspended coroutine (ending its Java thread) and marks the runtime closed: later settlements of
     * pending results are dropped, later calls fail. Idempotent. Worker thread.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tasks.clear();
        int stopped = coroutines.stopAll();
        LOG.debug("LuaRuntime.close: closed, {} suspended coroutines stopped", stopped);
    }

    /** LuaJ writes syntax errors as {@code [string "main.lua"]:2: message}; the position goes to the error fields. */
    private static ScriptException syntaxError(String file, LuaError e) {
        String text = e.getMessage() == null ? "syntax error" : e.getMessage();
        Matcher at = Pattern.compile("^" + Pattern.quote(Lua.chunkid(file)) + ":(\\d+): ").matcher(text);
        int line = 0;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            text = text.substring(at.end());
        }
        return new ScriptException(new ScriptError(LuaScriptBackend.LANGUAGE, file, line, 0, "", text, "", null), e);
    }
}
