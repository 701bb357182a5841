package dev.polyframe.script.tck;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs one scenario script through the real engine (command ring, Artemis world, snapshot, script worker) with the
 * {@link NullRenderer} and the {@code tck} interface bound, and judges the outcome.
 *
 * <p>Main thread of the run: the caller's (a JUnit test thread). The engine runs paced at {@value #HZ} Hz until the
 * script calls {@code engine.quit()}, or the time limit of game time passes (a scenario that never finishes fails
 * rather than hangs).
 *
 * @param scenarioFile the file name the runtime saw, for example {@code "bad_type.lua"}
 * @param failures what went wrong, empty when the scenario passed
 * @param errors every script error reported
 * @param worldHash {@link WorldHash} of the world after the run
 */
public record ScenarioRun(String scenarioFile, List<String> failures, List<ScriptError> errors, String worldHash) {
    /** Main frames per second of a scenario run. */
    public static final int HZ = 120;
    /** Game seconds a scenario may take, including the runtime's start. */
    public static final int LIMIT_SECONDS = 60;

    /**
     * Runs a script with the default limit of {@value #LIMIT_SECONDS} s.
     *
     * @param backend the language under test
     * @param source the scenario script
     * @return the outcome; never throws for script failures
     */
    public static ScenarioRun run(ScriptBackend backend, ScriptSource source) {
        return run(backend, source, LIMIT_SECONDS);
    }

    /**
     * Runs a script.
     *
     * @param backend the language under test
     * @param source the scenario script
     * @param limitSeconds game seconds after which an unfinished scenario fails, &gt; 0
     * @return the outcome; never throws for script failures
     */
    public static ScenarioRun run(ScriptBackend backend, ScriptSource source, double limitSeconds) {
        TckInterface tck = new TckInterface();
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        EngineConfig config = new EngineConfig(HZ, true, 0, limitSeconds, 1 << 20, 1 << 16, 4096, 4_000,
                EngineConfig.defaults().render());
        Engine engine = new Engine(config, new NullRenderer(), backend, source, errors::add);
        engine.addInterface(tck::create);
        engine.onFrameStart((frame, scriptIdle, input) -> {
            if (scriptIdle) {
                tck.applyInput(input);
            }
        });
        String hash;
        try {
            engine.run();
            hash = WorldHash.of(engine.world());
        } finally {
            engine.close();
        }
        List<String> failures = new ArrayList<>(tck.failures());
        if (!tck.done()) {
            failures.add(0, "the scenario did not call tck.done() within " + limitSeconds + " s of game time");
        }
        judgeErrors(source.name(), tck.expectedErrors(), errors, failures);
        return new ScenarioRun(source.name(), List.copyOf(failures), List.copyOf(errors), hash);
    }

    private static void judgeErrors(String file, List<TckInterface.ExpectedError> expected, List<ScriptError> errors,
            List<String> failures) {
        List<ScriptError> unmatched = new ArrayList<>(errors);
        for (TckInterface.ExpectedError wanted : expected) {
            ScriptError match = unmatched.stream().filter(e -> e.file().equals(file) && e.line() == wanted.line()
                    && e.message().contains(wanted.fragment())).findFirst().orElse(null);
            if (match == null) {
                failures.add("expected an error at " + file + ":" + wanted.line() + " mentioning \""
                        + wanted.fragment() + "\"; reported: " + describe(unmatched));
            } else {
                unmatched.remove(match);
            }
        }
        for (ScriptError error : unmatched) {
            failures.add("unexpected script error: " + error.format());
        }
    }

    private static String describe(List<ScriptError> errors) {
        return errors.isEmpty() ? "none" : errors.stream().map(e -> e.file() + ":" + e.line() + ": " + e.message())
                .toList().toString();
    }

    /** @return whether the scenario passed */
    public boolean passed() {
        return failures.isEmpty();
    }
}
