package dev.polyframe.samples;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.render.Renderer;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.error.ScriptError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs small JavaScript games through the real engine for end-to-end tests. */
final class JsGames {
    private JsGames() {
    }

    /** The outcome of a run. */
    record Run(EngineStats stats, List<ScriptError> errors) {
    }

    /**
     * Runs {@code script} (named {@code name}) until the config's limit, with the given renderer. The statistics
     * are read after the engine closed, when the worker has finished its last frame, so they match the errors.
     */
    static Run run(String name, String script, EngineConfig config, Renderer renderer) {
        List<ScriptError> errors = new CopyOnWriteArrayList<>();
        Engine engine = new Engine(config, renderer, ScriptBackends.require("js"), new ScriptSource(name, script),
                errors::add);
        try {
            engine.run();
        } finally {
            engine.close();
        }
        return new Run(engine.stats(), errors);
    }
}
