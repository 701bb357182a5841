package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptPermission;
import dev.polyframe.script.ScriptScope;
import java.io.IOException;
import java.nio.file.Path;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JseIoLib;

/**
 * Lua's {@code io} for a game with {@link ScriptPermission#READ_GAME_FILES}: {@code io.open(path [, "r"|"rb"])},
 * {@code io.lines(path)}, {@code io.close(file)} and {@code io.type(x)} over files under the game folder, read-only.
 * Paths are relative to the game folder; one leading outside it ({@code ..}, absolute, a symbolic link) or a write
 * mode makes {@code io.open} return {@code nil, message} (and {@code io.lines} raise it). There is no
 * {@code io.popen}, {@code io.tmpfile}, {@code io.write}/{@code io.output} or standard input. Without the permission
 * there is no {@code io} at all.
 *
 * <p>Threads: the runtime's script worker.
 */
final class LuaGameFiles extends JseIoLib {
    private static final String[] KEPT = {"open", "lines", "close", "type"};

    private final ScriptScope scope;

    private LuaGameFiles(ScriptScope scope) {
        this.scope = scope;
    }

    /**
     * Installs the restricted {@code io} into {@code globals} when the scope grants the permission. Call while
     * {@code package.loaded} exists (LuaJ libraries register there), before the sandbox removes {@code package}.
     */
    static void install(Globals globals, ScriptScope scope) {
        if (!scope.has(ScriptPermission.READ_GAME_FILES)) {
            return;
        }
        globals.load(new LuaGameFiles(scope));
        LuaValue full = globals.get("io");
        LuaTable io = new LuaTable();
        for (String name : KEPT) {
            io.set(name, full.get(name));
        }
        LuaValue lines = full.get("lines");
        io.set("lines", new LuaLambda("lines", args -> {
            if (!args.arg1().isstring()) {
                throw new LuaError("io.lines: filename=" + args.arg1().tojstring()
                        + " must be a path under the game folder (standard input is not available)");
            }
            return lines.invoke(args);
        }));
        globals.set("io", io);
    }

    @Override
    protected File openFile(String filename, boolean readMode, boolean appendMode, boolean updateMode,
            boolean binaryMode) throws IOException {
        if (!readMode || appendMode || updateMode) {
            throw new IOException("io.open: filename=" + filename + ": the game folder is read-only (modes \"r\", "
                    + "\"rb\")");
        }
        Path resolved;
        try {
            resolved = scope.resolve(filename);
        } catch (SecurityException e) {
            throw new IOException("io.open: filename=" + filename + ": " + e.getMessage(), e);
        }
        return super.openFile(resolved.toString(), true, false, false, binaryMode);
    }

    @Override
    protected File openProgram(String prog, String mode) throws IOException {
        throw new IOException("io.popen: processes are not available to scripts");
    }

    @Override
    protected File tmpFile() throws IOException {
        throw new IOException("io.tmpfile: the game folder is read-only");
    }
}
