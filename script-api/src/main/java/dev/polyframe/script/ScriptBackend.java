package dev.polyframe.script;

import dev.polyframe.script.error.ScriptException;
import java.util.List;

/**
 * The service provider interface for a scripting language: one implementation per backend module, registered in
 * {@code META-INF/services/dev.polyframe.script.ScriptBackend} and found with {@link java.util.ServiceLoader}
 * (see {@link ScriptBackends}).
 *
 * <p>Implementations are stateless factories and thread-safe; the runtimes they create belong to the script worker.
 */
public interface ScriptBackend {

    /** @return the language id games name in {@code game.json}, for example {@code "js"} */
    String language();

    /** @return file extensions this backend runs, with the dot, for example {@code [".js"]} */
    List<String> fileExtensions();

    /**
     * Creates a runtime. Called on the script worker thread, which then owns it.
     *
     * @throws ScriptException when the runtime cannot start
     */
    ScriptRuntime createRuntime() throws ScriptException;
}
