package dev.polyframe.script.worker;

import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import java.util.Map;

/**
 * Checks that a state handed from {@code onSave()} to {@code onLoad(state)} across a hot reload is plain data, which
 * any fresh runtime can rebuild: nil, booleans, numbers (and flat number arrays), strings, lists and string-keyed maps
 * of those. Functions and
 * pending results belong to the old runtime and die with it. Stateless; any thread.
 */
final class ReloadState {
    private ReloadState() {
    }

    /**
     * @param value the state or a part of it
     * @param path where {@code value} sits, for the message, for example {@code "state.enemies[2]"}
     * @return {@code null} when plain data, else a message naming the first offending path and its kind
     */
    static String problem(ScriptValue value, String path) {
        return switch (value) {
            case ScriptValue.Nil n -> null;
            case ScriptValue.Bool b -> null;
            case ScriptValue.Num n -> null;
            case ScriptValue.Numbers numbers -> null;
            case ScriptValue.Str s -> null;
            case ScriptValue.Seq seq -> items(seq.items(), path);
            case ScriptValue.Table table -> entries(table.entries(), path);
            case ScriptValue.Callable c -> path + " is a function";
            case ScriptValue.Pending p -> path + " is a pending result";
        };
    }

    private static String items(List<ScriptValue> items, String path) {
        for (int i = 0; i < items.size(); i++) {
            String problem = problem(items.get(i), path + "[" + i + "]");
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String entries(Map<String, ScriptValue> entries, String path) {
        for (Map.Entry<String, ScriptValue> entry : entries.entrySet()) {
            String problem = problem(entry.getValue(), path + "." + entry.getKey());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
