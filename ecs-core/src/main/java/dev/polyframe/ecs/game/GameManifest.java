package dev.polyframe.ecs.game;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.polyframe.script.ScriptPermission;
import dev.polyframe.script.worker.ScriptBudget;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code game.json} at the root of a game folder. Immutable and thread-safe.
 *
 * <pre>{@code
 * { "name": "protogame", "defaultLanguage": "js", "scripts": { "js": "main.js" },
 *   "permissions": ["read-game-files"], "scriptBudgetMs": 250 }
 * }</pre>
 *
 * @param name the game's name
 * @param defaultLanguage language id run when none is chosen, a key of {@code scripts}
 * @param scripts language id to entry script, relative to the game folder
 * @param permissions capabilities the game opts into beyond the bound interfaces (see {@link ScriptPermission});
 *     missing means none
 * @param scriptBudgetMs optional: most time one script frame may run before the watchdog interrupts it,
 *     milliseconds, &gt;= 0 (0 turns the watchdog off); {@code null} for {@link ScriptBudget#DEFAULT_FRAME_MILLIS}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GameManifest(String name, String defaultLanguage, Map<String, String> scripts,
        List<String> permissions, Long scriptBudgetMs) {

    /**
     * A manifest without permissions and with the default script budget.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public GameManifest(String name, String defaultLanguage, Map<String, String> scripts) {
        this(name, defaultLanguage, scripts, List.of(), null);
    }

    /**
     * @throws IllegalArgumentException naming the field when one is missing, the default language has no script,
     *     a permission is unknown (the message lists the known ones) or the script budget is negative
     */
    public GameManifest {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("game.json: name is missing");
        }
        if (scripts == null || scripts.isEmpty()) {
            throw new IllegalArgumentException("game.json: scripts is missing or empty in game " + name);
        }
        if (defaultLanguage == null || !scripts.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException("game.json: defaultLanguage=" + defaultLanguage
                    + " is not a key of scripts " + scripts.keySet() + " in game " + name);
        }
        if (scriptBudgetMs != null && scriptBudgetMs < 0) {
            throw new IllegalArgumentException("game.json: scriptBudgetMs=" + scriptBudgetMs + " must be >= 0 in game "
                    + name);
        }
        scripts = Map.copyOf(scripts);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        permissions.forEach(ScriptPermission::parse);
    }

    /** @return the parsed {@link #permissions()} */
    public Set<ScriptPermission> scriptPermissions() {
        Set<ScriptPermission> parsed = EnumSet.noneOf(ScriptPermission.class);
        permissions.forEach(id -> parsed.add(ScriptPermission.parse(id)));
        return parsed;
    }

    /** @return the watchdog limits: {@code scriptBudgetMs} per frame when given, else the defaults */
    public ScriptBudget scriptBudget() {
        ScriptBudget defaults = ScriptBudget.defaults();
        return scriptBudgetMs == null ? defaults : defaults.withFrameMillis(scriptBudgetMs);
    }
}
