package dev.polyframe.script.tck;

import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code sink} global of the robustness kit's scripts: they store values ({@code sink.put(key, value)}) and count
 * events ({@code sink.count(key)}) for the test to read after the run. Methods run on the script worker; the test
 * reads on its own thread after the engine closed (concurrent maps make that safe at any time).
 */
final class SinkInterface {
    private final Map<String, ScriptValue> values = new ConcurrentHashMap<>();
    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    /** @return the interface, bound as {@code sink} */
    ScriptInterface create() {
        return ScriptInterface.builder("sink", "Robustness-kit probe: values and counters the test reads.")
                .method("put", "Stores a value under a key.", ScriptType.NONE, "",
                        args -> {
                            values.put(args.string(0), args.get(1));
                            return ScriptValue.NIL;
                        },
                        required("key", ScriptType.STRING, "", "the key"),
                        required("value", ScriptType.ANY, "", "any value"))
                .method("count", "Adds one to a counter.", ScriptType.NONE, "",
                        args -> {
                            counts.merge(args.string(0), 1L, Long::sum);
                            return ScriptValue.NIL;
                        },
                        required("key", ScriptType.STRING, "", "the counter"))
                .build();
    }

    /** @return the value stored under a key, or {@code null} */
    ScriptValue value(String key) {
        return values.get(key);
    }

    /** @return how often {@code count(key)} was called */
    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }
}
