package dev.polyframe.ecs;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test backend whose "script" is Java code calling the bound interfaces exactly as a script would. */
final class JavaGameBackend implements ScriptBackend {

    /** The game's hooks. */
    interface JavaGame {
        /** Runs when the worker loads the "script", before {@code init}. */
        default void load() {
        }

        default void init(Scripts scripts) {
        }

        default void update(Scripts scripts, double dt) {
        }
    }

    /** Calls bound interface methods by name with plain Java arguments. Worker thread. */
    static final class Scripts {
        private final Map<String, ScriptInterface> interfaces = new HashMap<>();
        private volatile boolean interrupted;

        /** @return whether the watchdog asked the running "script" to stop; a runaway game polls it */
        boolean interrupted() {
            return interrupted;
        }

        ScriptValue call(String global, String method, Object... args) {
            return interfaces.get(global).method(method)
                    .invoke(Arrays.stream(args).map(ScriptValue::fromJava).toList());
        }
    }

    private final JavaGame game;

    JavaGameBackend(JavaGame game) {
        this.game = game;
    }

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
                game.load();
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
                    if (scripts.interrupted) {
                        throw new ScriptException(new ScriptError("java", "game.java", 1, 1, name, "interrupted", "",
                                null), null);
                    }
                    return ScriptValue.NIL;
                } catch (ScriptApiException | IllegalStateException e) {
                    throw new ScriptException(new ScriptError("java", "game.java", 1, 1, name, e.getMessage(), "",
                            e instanceof ScriptApiException api ? api.method() : null), e);
                }
            }

            @Override
            public void interrupt() {
                scripts.interrupted = true;
            }

            @Override
            public void resetInterrupt() {
                scripts.interrupted = false;
            }

            @Override
            public void close() {
            }
        };
    }
}
