package dev.polyframe.script.lua;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Lua failures both ways. Into Lua: API errors, Java failures of bound methods and {@code error(message, level)}
 * become {@link PositionedLuaError}s raised at the script's call. Out of Lua: whatever a Lua call threw becomes a
 * {@link ScriptException} whose {@link ScriptError} names the innermost script frame (file, line, function; column
 * 0 as Lua has none), the message without position, the script's traceback (prelude and Java frames hidden) and the
 * API method that raised it. See README.md for the table.
 *
 * <p>Threads: the runtime's script worker and its coroutine threads.
 */
final class LuaErrors {
    /** The file named when nothing better is known. */
    static final String UNKNOWN_FILE = "<unknown>";
    /** Traceback lines kept in {@link ScriptError#scriptStack()}; deep recursion would otherwise fill pages. */
    static final int MAX_STACK_LINES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(LuaErrors.class);

    private final LuaStack stack;

    /** @param stack where the runtime's Lua code is on the stack */
    LuaErrors(LuaStack stack) {
        this.stack = stack;
    }

    /**
     * @return the runtime's {@code error(message [, level])}: a string message (numbers included) is positioned like
     *     standard Lua's, at the function {@code level} levels up (default 1; 0 for none); any other message object
     *     (a table, {@code nil}) is raised unchanged
     */
    LuaValue errorFunction() {
        return new LuaLambda("error", args -> {
            LuaValue message = args.arg1();
            if (!message.isstring()) {
                throw new LuaError(message);
            }
            throw raise(message.tojstring(), args.optint(2, 1));
        });
    }

    /**
     * What {@code error(detail, level)} raises.
     *
     * @param level 1 names the function calling {@code error}, 2 its caller, ...; 0 names no position
     */
    PositionedLuaError raise(String detail, int level) {
        return new PositionedLuaError(detail, level > 0 ? stack.caller(level) : null, null, null, null);
    }

    /** @return the Lua error for an API error, positioned at the script's call of the bound function */
    PositionedLuaError api(ScriptApiException e) {
        return new PositionedLuaError(e.getMessage(), stack.caller(1), e.method(), null, e);
    }

    /**
     * A bound method threw something else than {@link ScriptApiException}: a bug in host code. Logged with its
     * stack trace, since a script may catch the Lua error.
     *
     * @return the Lua error naming the method, positioned at the script's call, with {@code e} as cause
     */
    PositionedLuaError internal(String method, RuntimeException e) {
        LOG.warn("{} failed inside host code; the script gets a Lua error", method, e);
        return new PositionedLuaError(method + ": internal error: " + e, stack.caller(1), method, null, e);
    }

    /** @return a task's failure raised again as a Lua error, keeping the task's own error for the report */
    PositionedLuaError reraise(ScriptException failure) {
        ScriptError origin = failure.error();
        LuaFrame at = origin.line() > 0 ? new LuaFrame(origin.file(), origin.line(), origin.function()) : null;
        return new PositionedLuaError(origin.message(), at, origin.apiMethod(), origin, failure.getCause());
    }

    /**
     * @param raised what a Lua call threw: a {@link LuaError}, a Java exception (code compiled by LuaJC does not wrap
     *     them), a {@link ScriptApiException} from converting values, or a {@link StackOverflowError}
     * @param fallbackFile the file to name when no script frame is known
     * @param calledName the global function the runtime called, naming the outermost frame when LuaJ knows no name;
     *     {@code null} for callbacks
     */
    ScriptException toException(Throwable raised, String fallbackFile, String calledName) {
        return new ScriptException(toError(raised, fallbackFile, calledName), cause(raised));
    }

    /** @return a failure of the runtime itself (closed, missing function), at no script position */
    ScriptException failure(String file, String message) {
        return new ScriptException(new ScriptError(LuaScriptBackend.LANGUAGE, file, 0, 0, "", message, "", null),
                null);
    }

    private ScriptError toError(Throwable raised, String fallbackFile, String calledName) {
        PositionedLuaError positioned = raised instanceof PositionedLuaError p ? p : null;
        if (positioned != null && positioned.origin() != null) {
            return positioned.origin();
        }
        if (raised instanceof ScriptApiException e) {
            return new ScriptError(LuaScriptBackend.LANGUAGE, fallbackFile, 0, 0, "", e.getMessage(), "", e.method());
        }
        List<LuaFrame> all = stack.frames(raised);
        List<LuaFrame> frames = scriptFrames(all, calledName);
        LuaFrame at = frames.isEmpty() ? null : frames.get(0);
        if (positioned != null && positioned.at() != null && !LuaPrelude.CHUNK.equals(positioned.at().file())) {
            at = named(positioned.at(), all, calledName);
        }
        return new ScriptError(LuaScriptBackend.LANGUAGE, at == null ? fallbackFile : at.file(),
                at == null ? 0 : at.line(), 0, at == null ? "" : at.function(), message(raised), render(frames),
                positioned == null ? null : positioned.apiMethod());
    }

    private static String message(Throwable raised) {
        if (raised instanceof PositionedLuaError positioned) {
            return positioned.detail();
        } else if (raised instanceof StackOverflowError) {
            return "stack overflow (a function that recurses without end?)";
        } else if (raised instanceof LuaError e) {
            return e.getMessage() == null ? "nil" : LuaTraceback.message(e.getMessage());
        }
        return raised.toString();
    }

    private static Throwable cause(Throwable raised) {
        if (raised instanceof LuaError e && e.getCause() != null) {
            return e.getCause();
        }
        return raised;
    }

    /** Drops prelude frames; names the outermost frame after the called function when LuaJ knows no name. */
    private static List<LuaFrame> scriptFrames(List<LuaFrame> all, String calledName) {
        List<LuaFrame> frames = new ArrayList<>(all.size());
        for (LuaFrame frame : all) {
            if (!LuaPrelude.CHUNK.equals(frame.file())) {
                frames.add(named(frame, all, calledName));
            }
        }
        return frames;
    }

    private static LuaFrame named(LuaFrame frame, List<LuaFrame> all, String calledName) {
        boolean outermost = !all.isEmpty() && all.get(all.size() - 1).equals(frame);
        return calledName != null && outermost && frame.anonymous() ? frame.named(calledName) : frame;
    }

    private static String render(List<LuaFrame> frames) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < frames.size() && i < MAX_STACK_LINES; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(frames.get(i).traceLine());
        }
        if (frames.size() > MAX_STACK_LINES) {
            out.append("\n... (").append(frames.size() - MAX_STACK_LINES).append(" more)");
        }
        return out.toString();
    }
}
