package dev.polyframe.script.lua;

import dev.polyframe.script.error.ScriptError;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * A Lua error whose message the runtime positioned itself, the way standard Lua's {@code error(message, level)} does:
 * {@code "main.lua:3: entity.setPosition: position=[1, NaN, 3] must contain only finite numbers"}. LuaJ 3.0.1 ignores
 * the level and writes {@code "main.lua:3 message"} (no colon), or no position at all in code compiled by LuaJC; this
 * class gives every mode the standard form. {@code pcall} returns exactly {@link #getMessageObject()}.
 *
 * <p>It keeps the parts a {@link ScriptError} needs: the message without position, the frame, the API method that
 * raised it, and for a task that failed, the task's own error. Created and thrown on the script worker or one of its
 * coroutine threads.
 */
final class PositionedLuaError extends LuaError {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final LuaFrame at;
    private final String apiMethod;
    private final ScriptError origin;

    /**
     * @param detail the message without position
     * @param at the frame to name in front of it, or {@code null} for none
     * @param apiMethod the API method that raised it, or {@code null}
     * @param origin the error as already reported elsewhere (a task's failure), or {@code null}
     * @param cause the Java exception behind it, or {@code null}
     */
    PositionedLuaError(String detail, LuaFrame at, String apiMethod, ScriptError origin, Throwable cause) {
        super(LuaValue.valueOf(at == null ? detail : at.position() + ": " + detail));
        this.detail = detail;
        this.at = at;
        this.apiMethod = apiMethod;
        this.origin = origin;
        this.cause = cause;
    }

    /**
     * @return the positioned message; unlike LuaJ's, never with a traceback appended, so {@code coroutine.resume}
     *     and {@code coroutine.wrap} report it as {@code pcall} does
     */
    @Override
    public String getMessage() {
        return getMessageObject().tojstring();
    }

    /** @return the message without position */
    String detail() {
        return detail;
    }

    /** @return the frame named in the message, or {@code null} */
    LuaFrame at() {
        return at;
    }

    /** @return the API method that raised the error, or {@code null} */
    String apiMethod() {
        return apiMethod;
    }

    /** @return the error as already reported elsewhere, or {@code null} */
    ScriptError origin() {
        return origin;
    }

    /** @return the traceback the interpreter attached when the error passed its first Lua function, or null */
    String traceback() {
        return traceback;
    }
}
