package dev.polyframe.script.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The backend conformance kit (TCK): extend it in a backend's tests, return the backend from {@link #backend()},
 * and JUnit 5 runs every scenario {@code scenarios/<feature>/<name>.<ext>} found on the class path against it,
 * through the real engine with the {@code NullRenderer} (see {@link ScenarioRun}).
 *
 * <pre>{@code
 * class LuaConformanceTest extends BackendConformanceKit {
 *     protected ScriptBackend backend() {
 *         return new LuaScriptBackend();
 *     }
 * }
 * }</pre>
 *
 * <p>A backend is done when every node passes: one per scenario (a scenario without a file in the backend's
 * language fails, naming the path to add), the parity scenario's world hash equals the Java reference's, and the
 * coverage node finds every method of every built-in interface called (outside whole-line comments) by at least one
 * of the backend's scenarios.
 *
 * <p>Threads: JUnit's test thread is each run's main thread; the backend's runtimes live on the script worker.
 */
public abstract class BackendConformanceKit {
    /** The scenario folder whose world hash must match {@link ParityGame}'s. */
    public static final String PARITY_FEATURE = "parity";

    /** Whole-line comments in the kit's languages and most others ({@code //}, {@code --}, {@code #}, {@code *}). */
    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*(//|--|#|\\*)");

    private static volatile String referenceHash;

    private ScriptBackend backend;

    /** @return the backend under test; called once per test class instance */
    protected abstract ScriptBackend backend();

    /** @return the extension of the backend's scenario files, with the dot; its first file extension by default */
    protected String extension() {
        return backend0().fileExtensions().get(0);
    }

    /** @return one container per feature with one test per scenario, then the coverage test */
    @TestFactory
    Stream<DynamicNode> conformance() {
        List<Scenario> scenarios = ScenarioCatalog.discover(getClass().getClassLoader());
        Map<String, List<DynamicNode>> byFeature = new TreeMap<>();
        for (Scenario scenario : scenarios) {
            byFeature.computeIfAbsent(scenario.feature(), f -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(scenario.name(), () -> runScenario(scenario)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byFeature.forEach((feature, tests) -> nodes.add(DynamicContainer.dynamicContainer(feature, tests)));
        nodes.add(DynamicTest.dynamicTest("every script method is called by a scenario",
                () -> assertCoverage(scenarios)));
        return nodes.stream();
    }

    private void runScenario(Scenario scenario) {
        String ext = extension();
        ScenarioRun run = ScenarioRun.run(backend0(), new ScriptSource(scenario.fileName(ext), scenario.source(ext)));
        assertTrue(run.passed(), () -> "scenario " + scenario.id() + ext + " failed:\n  "
                + String.join("\n  ", run.failures()));
        if (scenario.feature().equals(PARITY_FEATURE)) {
            assertEquals(referenceHash(), run.worldHash(), () -> "scenario " + scenario.id() + ext
                    + ": the world after the run differs from the Java reference's (ParityGame)");
        }
    }

    private void assertCoverage(List<Scenario> scenarios) {
        String ext = extension();
        String sources = scenarios.stream().filter(s -> s.files().containsKey(ext)).map(s -> s.source(ext))
                .flatMap(String::lines).filter(line -> !COMMENT_LINE.matcher(line).lookingAt())
                .collect(Collectors.joining("\n"));
        List<String> uncovered = new ArrayList<>();
        for (ScriptInterface scriptInterface : builtInInterfaces()) {
            for (ScriptMethod method : scriptInterface.methods()) {
                Pattern call = Pattern.compile("\\b" + scriptInterface.name() + "\\s*[.:]\\s*(" + method.name() + "|"
                        + snakeCase(method.name()) + ")\\b");
                if (!call.matcher(sources).find()) {
                    uncovered.add(method.qualifiedName());
                }
            }
        }
        assertTrue(uncovered.isEmpty(), () -> "no " + ext + " scenario calls " + uncovered);
    }

    private ScriptBackend backend0() {
        if (backend == null) {
            backend = backend();
        }
        return backend;
    }

    /** @return the engine's built-in interfaces, from a throwaway set of APIs */
    static List<ScriptInterface> builtInInterfaces() {
        ScriptApis apis = new ScriptApis(new MessageRing("coverage", 1 << 12), new SnapshotBuffers(1), Map::of);
        return apis.interfaces();
    }

    /** @return {@code set_position} for {@code setPosition} */
    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String referenceHash() {
        String hash = referenceHash;
        if (hash == null) {
            ScenarioRun run = ScenarioRun.run(new ParityGame(), new ScriptSource("ParityGame.java", ""));
            assertTrue(run.passed(), () -> "the Java parity reference failed: " + run.failures());
            hash = run.worldHash();
            referenceHash = hash;
        }
        return hash;
    }
}
