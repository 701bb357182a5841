package dev.polyframe.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a game's scripts may reach besides the bound interfaces: the game folder their modules come from
 * ({@code require("./util.js")}, Lua {@code require("util")}, Python {@code import util}) and the permissions the
 * game opted into. {@link #NONE} (no folder, no permissions) is a game packaged on the class path: no modules.
 * Immutable, thread-safe.
 *
 * <p>The containment rule every backend applies: a path is inside the game folder when its real path (symbolic
 * links followed, {@code ..} resolved) starts with the folder's real path; a path that does not exist is judged by
 * the real path of its nearest existing parent plus the rest, normalised.
 *
 * @param root the game folder, absolute and real (links resolved); {@code null} for none
 * @param permissions the opted-in capabilities, unmodifiable
 */
public record ScriptScope(Path root, Set<ScriptPermission> permissions) {
    /** No game folder, no permissions. */
    public static final ScriptScope NONE = new ScriptScope(null, Set.of());

    /**
     * @throws IllegalArgumentException when {@code permissions} is {@code null} or a root is given that is not an
     *     absolute path
     */
    public ScriptScope {
        if (permissions == null) {
            throw new IllegalArgumentException("ScriptScope: permissions=null must be a set (empty for none)");
        }
        if (root != null && !root.isAbsolute()) {
            throw new IllegalArgumentException("ScriptScope: root=" + root + " must be absolute");
        }
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /**
     * @param folder the game folder; made absolute and real
     * @param permissions the opted-in capabilities
     * @return the scope
     * @throws IOException when the folder does not exist or cannot be resolved
     */
    public static ScriptScope of(Path folder, Set<ScriptPermission> permissions) throws IOException {
        return new ScriptScope(folder.toAbsolutePath().toRealPath(), permissions);
    }

    /** @return whether the game opted into {@code permission} */
    public boolean has(ScriptPermission permission) {
        return permissions.contains(permission);
    }

    /**
     * Resolves a path a script named against the game folder and checks it stays inside.
     *
     * @param path as the script wrote it: relative to the game folder, or absolute
     * @return the absolute, normalised path inside the game folder (links resolved as far as the path exists)
     * @throws SecurityException naming the path and the folder when it leads outside the game folder, or when
     *     there is no game folder
     */
    public Path resolve(String path) {
        if (root == null) {
            throw new SecurityException("path \"" + path + "\" is not readable: this game has no game folder");
        }
        Path resolved = real(root.resolve(path));
        if (!resolved.startsWith(root)) {
            throw new SecurityException("path \"" + path + "\" is outside the game folder " + root);
        }
        return resolved;
    }

    /**
     * @param path an absolute path
     * @return whether it lies inside the game folder (by the containment rule above); {@code false} without one
     */
    public boolean contains(Path path) {
        return root != null && real(path.toAbsolutePath()).startsWith(root);
    }

    /** The real path of the nearest existing ancestor, with the remaining names appended and normalised. */
    private static Path real(Path path) {
        Path normal = path.normalize();
        Path existing = normal;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return normal;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(normal)).normalize();
        } catch (IOException e) {
            // A dangling link or an unreadable ancestor: judge by the normalised path, without following links.
            return normal;
        }
    }
}
