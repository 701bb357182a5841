package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Lua's {@code require} for a game with a folder, searching that folder only: {@code require("util")} runs
 * {@code <game>/util.lua} once and returns what it returned ({@code true} when nothing), {@code require("ai.path")}
 * runs {@code <game>/ai/path.lua}. Module names are identifiers separated by dots, so {@code "../x"} and absolute
 * paths are refused by name; a module file that resolves outside the folder (a symbolic link) is refused by path.
 * Modules are compiled as text like the entry script (LuaJC or interpreter), with the caller's globals. A fresh
 * runtime (a hot reload) starts with no module loaded, so edited modules load anew.
 *
 * <p>Threads: the runtime's script worker (and its coroutine threads, one at a time).
 */
final class LuaModules {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final LuaValue LOADING = LuaValue.userdataOf(new Object());

    private final Globals globals;
    private final LuaStack stack;
    private final ScriptScope scope;
    private final LuaTable loaded = new LuaTable();

    private LuaModules(Globals globals, LuaStack stack, ScriptScope scope) {
        this.globals = globals;
        this.stack = stack;
        this.scope = scope;
    }

    /** Defines the global {@code require} when the scope has a game folder; else there is none (sandbox). */
    static void install(Globals globals, LuaStack stack, ScriptScope scope) {
        if (scope.root() != null) {
            LuaModules modules = new LuaModules(globals, stack, scope);
            globals.set("require", new LuaLambda("require", modules::require));
        }
    }

    private Varargs require(Varargs args) {
        LuaValue arg = args.arg1();
        if (!arg.isstring() || arg.isnumber()) {
            throw new LuaError("require: name=" + arg.tojstring() + " must be a module name string, like \"util\"");
        }
        String name = arg.tojstring();
        if (!NAME.matcher(name).matches()) {
            throw new LuaError("require: name=\"" + name + "\" is not a module name: use identifiers separated by "
                    + "dots (\"util\", \"ai.path\"); modules come from the game folder only, no paths");
        }
        LuaValue cached = loaded.get(name);
        if (cached == LOADING) {
            throw new LuaError("require: name=\"" + name + "\" is already loading (a circular require)");
        }
        if (!cached.isnil()) {
            return cached;
        }
        String relative = name.replace('.', '/') + ".lua";
        Path file;
        try {
            file = scope.resolve(relative);
        } catch (SecurityException e) {
            throw new LuaError("require: name=\"" + name + "\": " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new LuaError("require: name=\"" + name + "\": no file " + relative + " in the game folder "
                    + scope.root());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LuaError("require: name=\"" + name + "\": cannot read " + file + ": " + e.getMessage());
        }
        String chunkName = file.toString();
        stack.loaded(chunkName);
        loaded.set(name, LOADING);
        try {
            LuaValue result = globals.load(text, chunkName).call(LuaValue.valueOf(name));
            LuaValue module = result.isnil() ? LuaValue.TRUE : result;
            loaded.set(name, module);
            return module;
        } catch (RuntimeException e) {
            loaded.set(name, LuaValue.NIL);
            throw e;
        }
    }
}
