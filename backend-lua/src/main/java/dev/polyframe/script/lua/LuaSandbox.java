package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptScope;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.Bit32Lib;
import org.luaj.vm2.lib.CoroutineLib;
import org.luaj.vm2.lib.OsLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.jse.JseMathLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The isolation policy (ARCHITECTURE.md §5): scripts reach the host only through bound interfaces. The globals get
 * the base library, {@code bit32}, {@code table}, {@code string}, {@code coroutine}, {@code math} and an {@code os}
 * holding only {@code time} and {@code clock}. There is no {@code io}, {@code luajava}, {@code debug}, {@code package}
 * or {@code require}, no {@code dofile}/{@code loadfile}, no {@code string.dump}, and {@code load} compiles text only
 * (no binary chunks: no undumper is installed and the mode is forced to {@code "t"}). {@code print} logs to SLF4J.
 * Stateless; any thread (the globals it makes belong to the caller's thread).
 */
final class LuaSandbox {
    /** Logger of what scripts {@code print}, at INFO. */
    static final String CONSOLE_LOGGER = "dev.polyframe.script.lua.console";
    private static final Logger CONSOLE = LoggerFactory.getLogger(CONSOLE_LOGGER);
    private static final String[] REMOVED = {"package", "debug", "dofile", "loadfile"};

    private LuaSandbox() {
    }

    /**
     * Creates isolated globals. In {@link LuaMode#INTERPRETER} mode LuaJ's {@code DebugLib} is installed (for
     * error lines and tracebacks) but its {@code debug} table is removed.
     */
    static Globals newGlobals(LuaMode mode) {
        return newGlobals(mode, ScriptScope.NONE, new LuaInterrupt());
    }

    /**
     * Creates isolated globals for a game: as {@link #newGlobals(LuaMode)}, plus a read-only {@code io} over the game
     * folder when the game has {@code read-game-files} (see {@link LuaGameFiles}), and an interpreter (in
     * {@link LuaMode#INTERPRETER} mode) that checks {@code interrupt} before each instruction. {@code require} of game
     * modules is {@link LuaModules}', installed by the runtime.
     */
    static Globals newGlobals(LuaMode mode, ScriptScope scope, LuaInterrupt interrupt) {
        Globals globals = new Globals();
        // The libraries register themselves in package.loaded; a bare table serves, and is removed afterwards.
        LuaTable pkg = new LuaTable();
        pkg.set("loaded", new LuaTable());
        globals.set("package", pkg);
        globals.load(new BaseLib());
        globals.load(new Bit32Lib());
        globals.load(new TableLib());
        globals.load(new StringLib());
        globals.load(new CoroutineLib());
        globals.load(new JseMathLib());
        globals.load(new OsLib());
        LuaGameFiles.install(globals, scope);
        if (mode == LuaMode.INTERPRETER) {
            globals.load(new LuaInterrupt.Hook(interrupt));
        }
        mode.installCompiler(globals);
        restrict(globals);
        return globals;
    }

    private static void restrict(Globals globals) {
        LuaValue os = globals.get("os");
        LuaTable safeOs = new LuaTable();
        safeOs.set("time", os.get("time"));
        safeOs.set("clock", os.get("clock"));
        globals.set("os", safeOs);
        for (String name : REMOVED) {
            globals.set(name, LuaValue.NIL);
        }
        globals.get("string").set("dump", LuaValue.NIL);
        LuaValue load = globals.get("load");
        LuaValue textOnly = LuaValue.valueOf("t");
        globals.set("load", new LuaLambda("load", args -> load.invoke(
                LuaValue.varargsOf(new LuaValue[] {args.arg(1), args.arg(2), textOnly, args.arg(4)}))));
        globals.set("print", new LuaLambda("print", args -> print(globals, args)));
    }

    /** Lua's {@code print}: each argument through the global {@code tostring}, tab-separated, one log line. */
    private static Varargs print(Globals globals, Varargs args) {
        if (CONSOLE.isInfoEnabled()) {
            LuaValue tostring = globals.get("tostring");
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= args.narg(); i++) {
                if (i > 1) {
                    line.append('\t');
                }
                line.append(tostring.call(args.arg(i)).tojstring());
            }
            CONSOLE.info(line.toString());
        }
        return LuaValue.NONE;
    }
}
