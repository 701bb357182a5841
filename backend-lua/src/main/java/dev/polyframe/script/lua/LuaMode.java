package dev.polyframe.script.lua;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.luajc.LuaJC;

/**
 * How a runtime runs Lua code. {@link #LUAJC} compiles every chunk to JVM bytecode with LuaJC (needs BCEL), about 20
 * times faster than {@link #INTERPRETER} on call-heavy code, but each {@code load} takes milliseconds. Error lines
 * and tracebacks work in both: LuaJC keeps Lua line numbers in the generated classes, the interpreter needs LuaJ's
 * {@code DebugLib}. Immutable; any thread.
 */
enum LuaMode {
    /** Lua compiled to JVM bytecode by LuaJC. */
    LUAJC("luajc"),
    /** LuaJ's bytecode interpreter, with {@code DebugLib} installed for error positions. */
    INTERPRETER("interpreter");

    private final String label;

    LuaMode(String label) {
        this.label = label;
    }

    /** @return what {@link dev.polyframe.script.ScriptRuntime#mode()} reports */
    String label() {
        return label;
    }

    /** Installs this mode's compiler on fresh globals (the Lua compiler, then LuaJC on top for {@link #LUAJC}). */
    void installCompiler(Globals globals) {
        LuaC.install(globals);
        if (this == LUAJC) {
            LuaJC.install(globals);
        }
    }

    /** @return the stack reader for globals set up in this mode */
    LuaStack stack(Globals globals) {
        return this == LUAJC ? new CompiledStack() : new InterpretedStack(globals.debuglib);
    }

    /**
     * @param propertyValue the value of {@link LuaScriptBackend#LUAJC_PROPERTY}, or {@code null}
     * @return whether LuaJC is wanted: unless the value is {@code false} (any case)
     */
    static boolean luajcRequested(String propertyValue) {
        return propertyValue == null || !"false".equalsIgnoreCase(propertyValue.strip());
    }

    /**
     * Compiles and runs {@code return 1} with LuaJC, which fails when BCEL (or its commons-lang3) is missing or
     * cannot generate classes on this JVM.
     *
     * @return {@code null} when LuaJC works, else what went wrong
     */
    static String luajcProblem() {
        try {
            Globals globals = new Globals();
            LUAJC.installCompiler(globals);
            LuaValue probe = globals.load("return 1", "polyframe-luajc-probe");
            if (probe.isclosure() || probe.call().toint() != 1) {
                return "LuaJC returned an interpreted function";
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e.toString();
        }
    }
}
