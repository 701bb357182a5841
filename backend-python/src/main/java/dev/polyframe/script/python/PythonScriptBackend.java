package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptScope;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.polyglot.GuestLanguage;
import dev.polyframe.script.polyglot.LazyEngine;
import java.util.List;
import org.graalvm.polyglot.Engine;

/**
 * The Python backend (GraalPy, Python 3.12): language {@code "python"}, files {@code .py}. Found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/dev.polyframe.script.ScriptBackend}.
 *
 * <p>Thread-safe. Holds no game state; it creates one shared GraalVM {@link Engine} lazily on the first
 * {@link #createRuntime()}, so later contexts reuse its parsed code and start in a fraction of a second instead of
 * seconds. Creating that engine first points GraalVM's resource cache at Polyframe's folder (see
 * {@link ResourceCache}). The engine lives as long as this backend (it is never closed by the backend; an engine
 * passed in by the caller stays the caller's to close). Runtimes belong to the script worker thread that creates
 * them.
 */
public final class PythonScriptBackend implements ScriptBackend {
    /** The language id games name in {@code game.json}. */
    public static final String LANGUAGE = "python";
    /** The language as the shared GraalVM code names it in messages. */
    static final GuestLanguage GUEST = new GuestLanguage(LANGUAGE, "Python", "GraalPy");

    private final LazyEngine engine;

    /** Creates a backend that makes its own shared engine on first use (the {@link java.util.ServiceLoader} way). */
    public PythonScriptBackend() {
        this.engine = new LazyEngine(GUEST, PythonScriptBackend.class.getSimpleName(), PythonSandbox::newEngine);
    }

    /**
     * Creates a backend whose runtimes share an engine the caller owns, for example one engine for many test
     * classes. The engine must have been built for {@code "python"}; the settings of {@code newEngine} (resource
     * cache folder, no interpreter warning, logs to SLF4J) are not applied to it.
     *
     * @param engine the engine; the caller closes it after every runtime is closed
     * @throws IllegalArgumentException when {@code engine} is {@code null}
     */
    public PythonScriptBackend(Engine engine) {
        this.engine = new LazyEngine(GUEST, PythonScriptBackend.class.getSimpleName(), engine);
    }

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".py");
    }

    /**
     * Creates a runtime with a fresh, isolated GraalPy context. Call on the script worker thread, which then owns
     * the runtime. The first call in a JVM takes seconds (engine start and GraalPy's core library, plus unpacking
     * its standard library the very first time); later ones take a fraction of a second.
     *
     * @throws ScriptException when GraalPy cannot start, for example when {@code python-language} is missing
     */
    @Override
    public ScriptRuntime createRuntime() throws ScriptException {
        return engine.createRuntime(PythonRuntime::new);
    }

    /**
     * Creates a runtime for a game: with a game folder, {@code import util} loads {@code util.py} from it and
     * nothing outside it; {@code read-game-files} lets {@code open(path)} read (only read) any file under it. Worker
     * thread, as {@link #createRuntime()}.
     *
     * @throws ScriptException when GraalPy cannot start
     */
    @Override
    public ScriptRuntime createRuntime(ScriptScope scope) throws ScriptException {
        return engine.createRuntime(shared -> new PythonRuntime(shared, scope));
    }
}
