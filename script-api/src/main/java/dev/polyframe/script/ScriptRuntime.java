package dev.polyframe.script;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;

/**
 * One live script runtime (a GraalJS context, LuaJ globals, ...) running one game.
 *
 * <p>Threads: created, used and closed on the script worker thread only; never shared.
 */
public interface ScriptRuntime extends AutoCloseable {

    /** @return the backend's language id, for example {@code "js"} */
    String language();

    /** @return how code runs, for example {@code "interpreter"} or {@code "jit"}, for logs and metrics */
    String mode();

    /**
     * Exposes an interface to scripts as a global named {@link ScriptInterface#name()}, with one function per
     * method. Bind before {@link #load}.
     */
    void bind(ScriptInterface scriptInterface);

    /**
     * Evaluates the game's entry script, defining its hooks.
     *
     * @throws ScriptException on a syntax error or an exception in top-level code
     */
    void load(ScriptSource source) throws ScriptException;

    /** @return whether the loaded script defines a global function of that name, such as {@code "update"} */
    boolean hasFunction(String name);

    /**
     * Calls a global function of the loaded script, such as a hook.
     *
     * @param name function name
     * @param args arguments
     * @return the function's return value
     * @throws ScriptException when the function throws or does not exist
     */
    ScriptValue call(String name, List<ScriptValue> args) throws ScriptException;

    /**
     * Asks the script code running now to stop as soon as it can: the running {@link #load}, {@link #call} or
     * callback then fails with a {@link ScriptException} (the worker reports it as a watchdog error), and the runtime
     * stays usable. Called by the watchdog thread while the worker runs script code; may block the calling thread
     * until the code stops (GraalVM's {@code Context.interrupt}). No effect when no script code runs. Must be
     * thread-safe. The default does nothing: a runtime that cannot be interrupted (document it).
     */
    default void interrupt() {
    }

    /**
     * Forgets an interrupt that arrived after the code it was meant for had returned, so the next frame starts
     * clean. Worker thread, at the start of each script frame. The default does nothing.
     */
    default void resetInterrupt() {
    }

    /** Releases the runtime. Idempotent. Worker thread. */
    @Override
    void close();
}
