package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestLanguage;
import dev.polyframe.script.polyglot.LazyEngine;
import java.util.List;
import org.graalvm.polyglot.Engine;

/**
 * The JavaScript backend (GraalJS): language {@code "js"}, files {@code .js} (classic scripts) and {@code .mjs}
 * (ES modules, in a game folder). Found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/dev.polyframe.script.ScriptBackend}.
 *
 * <p>Thread-safe. Holds no game state; it creates one shared GraalVM {@link Engine} lazily on the first
 * {@link #createRuntime()} so later contexts reuse its parsed code and start in milliseconds instead of seconds.
 * The engine lives as long as this backend (it is never closed by the backend; an engine passed in by the caller
 * stays the caller's to close). Runtimes belong to the script worker thread that creates them.
 */
public final class JsScriptBackend implements ScriptBackend {
    /** The language id games name in {@code game.json}. */
    public static final String LANGUAGE = "js";
    /** The language as the shared GraalVM code names it in messages. */
    static final GuestLanguage GUEST = new GuestLanguage(LANGUAGE, "JS", "GraalJS");

    private final LazyEngine engine;

    /** Creates a backend that makes its own shared engine on first use (the {@link java.util.ServiceLoader} way). */
    public JsScriptBackend() {
        this.engine = new LazyEngine(GUEST, JsScriptBackend.class.getSimpleName(), JsSandbox::newEngine);
    }

    /**
     * Creates a backend whose runtimes share an engine the caller owns, for example one engine for many test
     * classes. The engine must have been built for {@code "js"}; {@link JsSandbox#newEngine()} settings are not
     * applied to it.
     *
     * @param engine the engine; the caller closes it after every runtime is closed
     * @throws IllegalArgumentException when {@code engine} is {@code null}
     */
    public JsScriptBackend(Engine engine) {
        this.engine = new LazyEngine(GUEST, JsScriptBackend.class.getSimpleName(), engine);
    }

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".js", JsRuntime.MODULE_EXTENSION);
    }

    /**
     * Creates a runtime with a fresh, isolated GraalJS context. Call on the script worker thread, which then owns
     * the runtime. The first call in a JVM takes about a second (engine start); later ones are much cheaper.
     *
     * @throws ScriptException when GraalJS cannot start, for example when {@code js-language} is missing
     */
    @Override
    public ScriptRuntime createRuntime() throws ScriptException {
        return engine.createRuntime(JsRuntime::new);
    }

    /**
     * Creates a runtime for a game: with a game folder, CommonJS {@code require("./util.js")} loads modules from it,
     * relative to it, and nothing outside it; {@code read-game-files} lets {@code read(path)} and
     * {@code readbuffer(path)} read any file under it. Worker thread, as {@link #createRuntime()}.
     *
     * @throws ScriptException when GraalJS cannot start
     */
    @Override
    public ScriptRuntime createRuntime(ScriptScope scope) throws ScriptException {
        return engine.createRuntime(shared -> new JsRuntime(shared, scope));
    }
}
