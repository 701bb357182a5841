package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.error.ScriptException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lua backend (LuaJ 3.0.1, Lua 5.2): language {@code "lua"}, files {@code .lua}. Found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/dev.polyframe.script.ScriptBackend}.
 *
 * <p>Runtimes compile Lua to JVM bytecode with LuaJC when BCEL is on the class path and works (checked once, on the
 * first {@link #createRuntime()}), else they interpret it; the system property {@value #LUAJC_PROPERTY}{@code =false}
 * or {@link #LuaScriptBackend(boolean)} selects the interpreter. The mode is logged once.
 *
 * <p>Thread-safe. Holds no game state, only the mode once decided; runtimes belong to the script worker thread that
 * creates them.
 */
public final class LuaScriptBackend implements ScriptBackend {
    /** The language id games name in {@code game.json}. */
    public static final String LANGUAGE = "lua";
    /** System property that selects the interpreter when {@code false}; LuaJC is used otherwise, if it works. */
    public static final String LUAJC_PROPERTY = "polyframe.lua.luajc";
    private static final Logger LOG = LoggerFactory.getLogger(LuaScriptBackend.class);

    private final boolean luajcRequested;
    private final Object lock = new Object();
    private volatile LuaMode mode;

    /** Creates a backend that uses LuaJC unless {@value #LUAJC_PROPERTY} is {@code false} (the ServiceLoader way). */
    public LuaScriptBackend() {
        this(LuaMode.luajcRequested(System.getProperty(LUAJC_PROPERTY)));
    }

    /**
     * @param luajc whether to compile with LuaJC (when it works) rather than interpret; the system property is
     *     not read
     */
    public LuaScriptBackend(boolean luajc) {
        this.luajcRequested = luajc;
    }

    /** @return {@value #LANGUAGE} */
    @Override
    public String language() {
        return LANGUAGE;
    }

    /** @return {@code [".lua"]} */
    @Override
    public List<String> fileExtensions() {
        return List.of(".lua");
    }

    /**
     * Creates a runtime with fresh, isolated globals: about 0.3 ms, plus the prelude (a few ms with LuaJC). Call on
     * the script worker thread, which then owns the runtime. The first call decides the mode: with LuaJC requested
     * it compiles a probe chunk (loading BCEL, some 100 ms once).
     *
     * @throws ScriptException when the runtime cannot start (its prelude fails)
     */
    @Override
    public ScriptRuntime createRuntime() throws ScriptException {
        return new LuaRuntime(mode());
    }

    /**
     * Creates a runtime for a game: with a game folder, {@code require("util")} loads {@code util.lua} from it and
     * nothing outside it; {@code read-game-files} adds a read-only {@code io} over it. Worker thread, as
     * {@link #createRuntime()}.
     *
     * @throws ScriptException when the runtime cannot start (its prelude fails)
     */
    @Override
    public ScriptRuntime createRuntime(ScriptScope scope) throws ScriptException {
        return new LuaRuntime(mode(), scope);
    }

    private LuaMode mode() {
        LuaMode current = mode;
        if (current == null) {
            synchronized (lock) {
                current = mode;
                if (current == null) {
                    current = decideMode();
                    mode = current;
                }
            }
        }
        return current;
    }

    private LuaMode decideMode() {
        if (!luajcRequested) {
            LOG.info("Lua backend: interpreter ({}=false); DebugLib on for error lines", LUAJC_PROPERTY);
            return LuaMode.INTERPRETER;
        }
        String problem = LuaMode.luajcProblem();
        if (problem != null) {
            LOG.warn("Lua backend: LuaJC does not work here ({}); falling back to the interpreter", problem);
            return LuaMode.INTERPRETER;
        }
        LOG.info("Lua backend: LuaJC (Lua compiled to JVM bytecode with BCEL)");
        return LuaMode.LUAJC;
    }
}
