package dev.polyframe.benchmarks;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backend whose "script" is Java code calling the bound interfaces as a script would (the pattern of ecs-core's
 * test backend): no script runtime in the measurement, the real worker, APIs and rings around it.
 */
final class JavaGameBackend implements ScriptBackend {

    /** The game's hooks; worker thread. */
    interface JavaGame {
        default void init(Scripts scripts) {
        }

        void update(Scripts scripts, double dt);
    }

    /** The bound interfaces, by global name. Worker thread. */
    static final class Scripts {
        private final Map<String, ScriptInterface> interfaces = new HashMap<>();

        /** Calls a bound method with script values, exactly as a backend's generic binding does. */
        ScriptValue call(String global, String method, List<ScriptValue> args) {
            return interfaces.get(global).method(method).invoke(args);
        }
    }

    private final JavaGame game;

    JavaGameBackend(JavaGame game) {
        this.game = game;
    }

    /** @return the source the engine is given; its text is ignored */
    static ScriptSource source() {
        return new ScriptSource("game.java", "");
    }

    @Override
    public String language() {
        return "java";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".java");
    }

    @Override
    public ScriptRuntime createRuntime() {
        Scripts scripts = new Scripts();
        return new ScriptRuntime() {
            @Override
            public String language() {
                return "java";
            }

            @Override
            public String mode() {
                return "java";
            }

            @Override
            public void bind(ScriptInterface scriptInterface) {
                scripts.interfaces.put(scriptInterface.name(), scriptInterface);
            }

            @Override
            public void load(ScriptSource source) {
            }

            @Override
            public boolean hasFunction(String name) {
                return name.equals("init") || name.equals("update");
            }

            @Override
            public ScriptValue call(String name, List<ScriptValue> args) throws ScriptException {
                try {
                    if (name.equals("init")) {
                        game.init(scripts);
                    } else {
                        game.update(scripts, ((ScriptValue.Num) args.get(0)).value());
                    }
                    return ScriptValue.NIL;
                } catch (RuntimeException e) {
                    throw new ScriptException(new ScriptError("java", "game.java", 1, 1, name, e.toString(), "",
                            null), e);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
