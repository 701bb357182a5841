package dev.polyframe.script;

import dev.polyframe.script.error.ScriptError;
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

    /**
     * Creates a runtime for a game with a folder and permissions: modules import from {@code scope.root()} and
     * nothing outside it; each permission opens exactly its capability. Called on the script worker thread, which
     * then owns the runtime; called again for each hot reload (a fresh runtime every time).
     *
     * <p>The default serves backends without game-folder support: {@link ScriptScope#NONE} gives
     * {@link #createRuntime()}, anything else fails.
     *
     * @param scope the game folder and permissions
     * @throws ScriptException when the runtime cannot start, or (default) when the backend does not support a game
     *     folder or permissions
     */
    default ScriptRuntime createRuntime(ScriptScope scope) throws ScriptException {
        if (scope.root() == null && scope.permissions().isEmpty()) {
            return createRuntime();
        }
        throw new ScriptException(new ScriptError(language(), "", 0, 0, "", "createRuntime: the " + language()
                + " backend supports no game folder or permissions; scope=" + scope, "", null), null);
    }
}
