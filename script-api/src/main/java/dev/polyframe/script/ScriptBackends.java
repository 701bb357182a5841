package dev.polyframe.script;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds {@link ScriptBackend}s on the class path with {@link ServiceLoader}. Thread-safe; each call loads afresh.
 */
public final class ScriptBackends {

    private ScriptBackends() {
    }

    /** @return every backend on the class path */
    public static List<ScriptBackend> all() {
        return ServiceLoader.load(ScriptBackend.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** @return the backend for a language id, if installed */
    public static Optional<ScriptBackend> find(String language) {
        return all().stream().filter(b -> b.language().equals(language)).findFirst();
    }

    /**
     * @return the backend for a language id
     * @throws IllegalArgumentException naming the language and the installed ones when none matches
     */
    public static ScriptBackend require(String language) {
        return find(language).orElseThrow(() -> new IllegalArgumentException("ScriptBackends.require: language="
                + language + " has no backend; installed: "
                + all().stream().map(ScriptBackend::language).collect(Collectors.joining(", ", "[", "]"))));
    }
}
