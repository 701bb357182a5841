package dev.polyframe.script.javagame;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scripted benchmark's baseline: the orbit workload of {@code bench/orbit.js} written in plain Java, run on the
 * script worker as a "script" that calls the bound {@code entity} interface exactly as the language backends do
 * (single calls: {@code setPosition} per entity; bulk: one {@code setPositions}). The ratio of a language's script
 * frame to this one is the price of the language, not of the engine. Not registered with {@code ServiceLoader}: the
 * benchmark creates it.
 *
 * <p>Thread-safe to create; each runtime belongs to the script worker thread that created it.
 */
public final class JavaOrbitBackend implements ScriptBackend {
    private final int count;
    private final boolean bulk;

    /**
     * @param count entities to move every script frame
     * @param bulk one {@code entity.setPositions} call per frame instead of one {@code entity.setPosition} each
     */
    public JavaOrbitBackend(int count, boolean bulk) {
        this.count = count;
        this.bulk = bulk;
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
        return new Runtime(count, bulk);
    }

    /** The orbit game: the same constants and arithmetic as {@code bench/orbit.js}. Script worker thread. */
    private static final class Runtime implements ScriptRuntime {
        private final Map<String, ScriptInterface> interfaces = new HashMap<>();
        private final int n;
        private final boolean bulk;
        private final double[] handles;
        private final double[] angle;
        private final double[] radius;
        private final double[] speed;
        private final double[] values;

        Runtime(int n, boolean bulk) {
            this.n = n;
            this.bulk = bulk;
            this.handles = new double[n];
            this.angle = new double[n];
            this.radius = new double[n];
            this.speed = new double[n];
            this.values = new double[3 * n];
        }

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
                    update(((ScriptValue.Num) args.get(0)).value());
                }
                return ScriptValue.NIL;
            } catch (ScriptApiException e) {
                throw new ScriptException(new ScriptError("java", "orbit.java", 1, 1, name, e.getMessage(), "",
                        e.method()), e);
            }
        }

        private void init() {
            ScriptMethod create = interfaces.get("entity").method("createMesh");
            List<ScriptValue> cube = List.of(ScriptValue.of("cube"));
            for (int i = 0; i < n; i++) {
                handles[i] = ((ScriptValue.Num) create.invoke(cube)).value();
                angle[i] = i * 0.01;
                radius[i] = 5 + (i % 100) * 0.1;
                speed[i] = 0.5 + (i % 7) * 0.1;
            }
        }

        private void update(double dt) {
            ScriptInterface entity = interfaces.get("entity");
            if (bulk) {
                for (int i = 0; i < n; i++) {
                    double a = angle[i] + speed[i] * dt;
                    angle[i] = a;
                    values[3 * i] = radius[i] * Math.cos(a);
                    values[3 * i + 1] = radius[i] * Math.sin(a);
                    values[3 * i + 2] = 0.001 * i;
                }
                entity.method("setPositions").invoke(List.of(new ScriptValue.Numbers(handles),
                        new ScriptValue.Numbers(values)));
                return;
            }
            ScriptMethod setPosition = entity.method("setPosition");
            for (int i = 0; i < n; i++) {
                double a = angle[i] + speed[i] * dt;
                angle[i] = a;
                setPosition.invoke(List.of(ScriptValue.of(handles[i]), new ScriptValue.Seq(List.of(
                        ScriptValue.of(radius[i] * Math.cos(a)), ScriptValue.of(radius[i] * Math.sin(a)),
                        ScriptValue.of(0.001 * i)))));
            }
        }

        @Override
        public void close() {
        }
    }
}
