package dev.polyframe.script.tck;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of a backend's runtime unit tests: before each test a fresh runtime of {@link #backend()} with a new
 * {@link CalcInterface} bound as {@code calc}, created on the test thread (which is then the script worker); after
 * each test the runtime is closed. Scripts load as {@code main<ext>} and expressions evaluate in {@code eval<ext>},
 * with {@code <ext>} the backend's first file extension.
 *
 * <pre>{@code
 * abstract class RubyRuntimeFixture extends ScriptRuntimeFixture {
 *     protected ScriptBackend backend() {
 *         return new RubyScriptBackend();
 *     }
 *
 *     protected String probeSource(String expression) {
 *         return "def evalProbe\n  " + expression + "\nend\n";
 *     }
 * }
 * }</pre>
 *
 * <p>Threads: JUnit's test thread only.
 */
public abstract class ScriptRuntimeFixture {
    /** The name of the global function {@link #probeSource} defines and {@link #eval} calls, unless overridden. */
    public static final String PROBE = "evalProbe";

    /** The interface bound as {@code calc}; new for each test. */
    protected CalcInterface calc;
    /** The runtime under test; new for each test, closed after it. */
    protected ScriptRuntime runtime;
    private String extension;

    /** @return the backend the runtime comes from; called once per test */
    protected abstract ScriptBackend backend();

    /**
     * @param expression an expression in the backend's language
     * @return source text defining the global function {@link #probeName()} that returns the expression's value
     */
    protected abstract String probeSource(String expression);

    /** @return the name of the function {@link #probeSource} defines; {@value #PROBE} unless the language differs */
    protected String probeName() {
        return PROBE;
    }

    /**
     * Creates the runtime and binds {@code calc}.
     *
     * @throws ScriptException when the backend cannot create a runtime
     */
    @BeforeEach
    protected void createRuntime() throws ScriptException {
        calc = new CalcInterface();
        ScriptBackend backend = backend();
        extension = backend.fileExtensions().get(0);
        runtime = backend.createRuntime();
        runtime.bind(calc.build());
    }

    /** Closes the runtime. */
    @AfterEach
    protected void closeRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /**
     * Loads {@code main<ext>} with this text.
     *
     * @throws ScriptException when the script fails to load
     */
    protected void load(String text) throws ScriptException {
        runtime.load(new ScriptSource("main" + extension, text));
    }

    /**
     * Loads {@code eval<ext>} with {@link #probeSource} of the expression and calls the probe.
     *
     * @return the value of the expression, evaluated inside a function call
     * @throws ScriptException when loading or evaluating fails
     */
    protected ScriptValue eval(String expression) throws ScriptException {
        return probe(probeSource(expression));
    }

    /**
     * Loads {@code eval<ext>} with this text, then calls {@link #probeName()} with no arguments.
     *
     * @return what the probe returned
     * @throws ScriptException when loading or calling fails
     */
    protected ScriptValue probe(String source) throws ScriptException {
        runtime.load(new ScriptSource("eval" + extension, source));
        return runtime.call(probeName(), List.of());
    }
}
