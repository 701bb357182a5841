package dev.polyframe.script.lua;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text LuaJ 3.0.1's {@code DebugLib} writes: {@code DebugLib.traceback(level)}, and the messages of errors
 * raised in interpreted code, which the interpreter formats as {@code "main.lua:4 boom\nstack traceback:\n\t
 * main.lua:4: in function 'step'\n\t[Java]: in ?"}. Java frames ({@code [Java]: in ...}) are skipped. Stateless;
 * any thread.
 */
final class LuaTraceback {
    /** The line that starts a traceback. */
    static final String HEADER = "stack traceback:";
    private static final Pattern FRAME = Pattern.compile("^\t(.+?):(\\d+): in (.+)$");
    private static final String NAMED_PREFIX = "function '";

    private LuaTraceback() {
    }

    /**
     * @param text a traceback, or a message ending in one
     * @return the Lua frames of the (last) traceback in the text, innermost first
     */
    static List<LuaFrame> frames(String text) {
        int header = text.lastIndexOf(HEADER);
        if (header < 0) {
            return List.of();
        }
        List<LuaFrame> frames = new ArrayList<>();
        for (String line : text.substring(header + HEADER.length()).split("\n")) {
            LuaFrame frame = frame(line);
            if (frame != null) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /**
     * @param text a traceback
     * @return the first frame of the traceback when it is a Lua function, else {@code null}
     */
    static LuaFrame first(String text) {
        int header = text.indexOf(HEADER);
        if (header < 0) {
            return null;
        }
        String[] lines = text.substring(header + HEADER.length()).split("\n", 3);
        return lines.length < 2 ? null : frame(lines[1]);
    }

    /**
     * @param text an interpreted error's message: {@code "main.lua:4 boom\nstack traceback:..."}
     * @return the message alone, {@code "boom"}: without the traceback and without the {@code file:line } the
     *     interpreter puts in front; text without a traceback is returned unchanged
     */
    static String message(String text) {
        int header = text.lastIndexOf("\n" + HEADER);
        if (header < 0) {
            return text;
        }
        String message = text.substring(0, header);
        List<LuaFrame> frames = frames(text);
        if (!frames.isEmpty()) {
            Matcher position = Pattern.compile("^" + Pattern.quote(frames.get(0).file()) + ":(\\d+|\\?) ")
                    .matcher(message);
            if (position.find()) {
                return message.substring(position.end());
            }
        }
        return message;
    }

    private static LuaFrame frame(String line) {
        Matcher matcher = FRAME.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String what = matcher.group(3);
        String function;
        if ("main chunk".equals(what)) {
            function = "";
        } else if (what.startsWith(NAMED_PREFIX) && what.endsWith("'")) {
            function = what.substring(NAMED_PREFIX.length(), what.length() - 1);
        } else {
            function = LuaFrame.ANONYMOUS;
        }
        return new LuaFrame(matcher.group(1), Integer.parseInt(matcher.group(2)), function);
    }
}
