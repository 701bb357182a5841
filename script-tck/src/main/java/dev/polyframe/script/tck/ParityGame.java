package dev.polyframe.script.tck;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java reference of the {@code parity/deterministic} scenario: the same logic as
 * {@code scenarios/parity/deterministic.js} (and its Lua and Python versions), calling the bound interfaces through
 * {@link dev.polyframe.script.binding.ScriptMethod#invoke} exactly as a script does. The kit runs it through the
 * engine and every backend's run must end with the same {@link WorldHash}.
 *
 * <p>Only {@code + - * / %} on small numbers: no {@code sin}/{@code cos}, whose last bits differ between runtimes.
 * A drift value accumulates over every frame, so each frame's arithmetic reaches the final world hash.
 * Runtimes it creates belong to the script worker.
 */
final class ParityGame implements ScriptBackend {
    private static final String[] MESHES = {"cube", "sphere", "grid", "plane"};
    private static final int FRAMES = 120;

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
        return new Runtime();
    }

    /** The game's state and hooks; script worker thread. */
    private static final class Runtime implements ScriptRuntime {
        private final Map<String, ScriptInterface> interfaces = new HashMap<>();
        private final List<Double> handles = new ArrayList<>();
        private final double[] drift = new double[8];
        private double camera;
        private int frame;

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
            interfaces.put(scriptInterface.name(), scriptInterface);
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
                    init();
                } else {
                    update();
                }
                return ScriptValue.NIL;
            } catch (ScriptApiException e) {
                throw new ScriptException(new ScriptError("java", "ParityGame.java", 0, 0, name, e.getMessage(), "",
                        e.method()), e);
            }
        }

        private void init() {
            for (int i = 0; i < 8; i++) {
                ScriptValue handle = call("entity", "createMesh", MESHES[i % 4], Map.of(
                        "position", List.of(i, -i, i * 0.5),
                        "orientation", List.of(i * 15, 0, 0),
                        "scale", 1 + i * 0.25,
                        "color", List.of(i * 30, 255 - i * 30, 128, 255)));
                handles.add(((ScriptValue.Num) handle).value());
            }
            camera = ((ScriptValue.Num) call("camera", "create", Map.of("position", List.of(-10, 0, 5),
                    "fov", 70))).value();
        }

        private void update() {
            frame += 1;
            if (frame > FRAMES) {
                if (frame == FRAMES + 1) {
                    call("tck", "done");
                    call("engine", "quit");
                }
                return;
            }
            for (int i = 0; i < handles.size(); i++) {
                double t = frame * 0.1 + i;
                drift[i] = drift[i] * 0.97 + (frame % 11) * 0.0123 + i / 7.0;
                call("entity", "setPosition", handles.get(i), List.of(t, t * 0.5 - i, drift[i]));
                call("entity", "setOrientation", handles.get(i), List.of((frame * 3) % 360, i * 10, frame / 8.0));
                if (frame % 30 == i) {
                    call("entity", "setColor", handles.get(i), List.of((frame * 2) % 256, i * 20, 255 - i * 20, 200));
                }
                call("entity", "setScale", handles.get(i), 1 + (frame % 5) * 0.125);
            }
            if (frame == 60) {
                call("entity", "destroy", handles.remove(handles.size() - 1));
            }
            if (frame == 90) {
                call("entity", "setActive", handles.get(0), false);
            }
            call("camera", "setPosition", camera, List.of(-10 + frame * 0.05, 0, 5));
            call("camera", "setOrientation", camera, List.of(frame % 360, 20, 0));
        }

        private ScriptValue call(String global, String method, Object... args) {
            return interfaces.get(global).method(method).invoke(Arrays.stream(args).map(ScriptValue::fromJava)
                    .toList());
        }

        @Override
        public void close() {
        }
    }
}
