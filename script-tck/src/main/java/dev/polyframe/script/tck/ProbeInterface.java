package dev.polyframe.script.tck;

import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code probe} global of {@link HotReloadKit}'s games: {@code probe.put(key, value)} publishes a value for the
 * test thread to read, and {@code probe.never()} returns a pending result that never settles by itself (only a
 * reload rejects it). Methods run on the script worker; {@link #get} on any thread.
 */
final class ProbeInterface {
    private final Map<String, ScriptValue> values = new ConcurrentHashMap<>();

    ScriptInterface create() {
        return ScriptInterface.builder("probe", "Hot-reload kit: values for the test, and a result that never settles.")
                .method("put", "Publishes a value under a key for the test thread.", ScriptType.NONE, "",
                        args -> {
                            values.put(args.string(0), args.get(1));
                            return ScriptValue.NIL;
                        },
                        required("key", ScriptType.STRING, "", "the name"),
                        required("value", ScriptType.ANY, "", "any value"))
                .method("never", "A pending result that stays pending until a reload rejects it.", ScriptType.DEFERRED,
                        "never resolves", args -> new ScriptValue.Pending(new Deferred("probe.never")))
                .build();
    }

    /** @return the value last put under {@code key}, or {@code null}; any thread */
    ScriptValue get(String key) {
        return values.get(key);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
