package dev.polyframe.ecs.game;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The {@code game.json} at the root of a game folder. Immutable and thread-safe.
 *
 * <pre>{@code
 * { "name": "protogame", "defaultLanguage": "js", "scripts": { "js": "main.js" } }
 * }</pre>
 *
 * @param name the game's name
 * @param defaultLanguage language id run when none is chosen, a key of {@code scripts}
 * @param scripts language id to entry script, relative to the game folder
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GameManifest(String name, String defaultLanguage, Map<String, String> scripts) {

    /**
     * @throws IllegalArgumentException naming the field when one is missing or the default language has no script
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
        scripts = Map.copyOf(scripts);
    }
}
