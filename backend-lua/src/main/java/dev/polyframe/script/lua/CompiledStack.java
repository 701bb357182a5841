package dev.polyframe.script.lua;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack of Lua code compiled by LuaJC, read from the JVM stack: LuaJC makes one class per Lua function, named
 * {@code chunk$function} ({@code main$step}; a number for anonymous functions), whose source file is the chunk's
 * name and whose line numbers are Lua lines. Nothing is tracked while scripts run; the stack is walked only when an
 * error is raised. Levels count Lua functions only (Java functions such as {@code pcall} are not counted).
 *
 * <p>Threads: the runtime's script worker and its coroutine threads; {@link #loaded} on the worker only, before the
 * chunk runs.
 */
final class CompiledStack implements LuaStack {
    private static final String LUA_SUFFIX = ".lua";

    private final Map<String, String> chunkByFile = new HashMap<>();

    @Override
    public void loaded(String chunkName) {
        chunkByFile.put(compiledFile(chunkName), chunkName);
    }

    @Override
    public LuaFrame caller(int level) {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> isLua(f.getFileName(), f.getLineNumber()))
                .skip(level - 1L)
                .findFirst()
                .map(f -> frame(f.getClassName(), f.getFileName(), f.getLineNumber()))
                .orElse(null));
    }

    @Override
    public List<LuaFrame> frames(Throwable raised) {
        return Arrays.stream(raised.getStackTrace())
                .filter(e -> isLua(e.getFileName(), e.getLineNumber()))
                .map(e -> frame(e.getClassName(), e.getFileName(), e.getLineNumber()))
                .toList();
    }

    /**
     * The source file name LuaJC gives a chunk's classes ({@code LuaJC.toStandardLuaFileName}, private in LuaJ
     * 3.0.1): without a {@code .lua} suffix, dots become slashes, then {@code .lua} is appended and a leading
     * {@code @} dropped. {@code "main.lua"} stays {@code "main.lua"}; {@code "a.b"} becomes {@code "a/b.lua"}.
     */
    static String compiledFile(String chunkName) {
        String stub = chunkName.endsWith(LUA_SUFFIX)
                ? chunkName.substring(0, chunkName.length() - LUA_SUFFIX.length()) : chunkName;
        String file = stub.replace('.', '/') + LUA_SUFFIX;
        return file.startsWith("@") ? file.substring(1) : file;
    }

    /**
     * @param className a LuaJC class: {@code main} (the chunk), {@code main$step}, {@code main$2} (anonymous)
     * @return the Lua function's name as {@link LuaFrame#function()} reports it; a function name used twice in one
     *     scope gets a numeric suffix from LuaJC and so reads as anonymous
     */
    static String function(String className) {
        int dollar = className.lastIndexOf('$');
        if (dollar < 0) {
            return "";
        }
        String name = className.substring(dollar + 1);
        return name.isEmpty() || name.chars().allMatch(Character::isDigit) ? LuaFrame.ANONYMOUS : name;
    }

    private static boolean isLua(String file, int line) {
        return file != null && file.endsWith(LUA_SUFFIX) && line > 0;
    }

    private LuaFrame frame(String className, String file, int line) {
        return new LuaFrame(chunkByFile.getOrDefault(file, file), line, function(className));
    }
}
