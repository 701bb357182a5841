package dev.polyframe.script.polyglot;

import dev.polyframe.script.ScriptPermission;
import dev.polyframe.script.ScriptScope;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The polyglot {@link FileSystem} a GraalVM context of a game with a folder gets: the game folder, read-only, and
 * nothing else (GraalPy's standard library comes from the language home, which
 * {@link #forScope(ScriptScope, List)} adds read-only). Relative paths resolve against the game folder (it is the
 * scripts' working directory). Anything whose real path lies outside the folder ({@code ../x}, an absolute path, a
 * symbolic link pointing out) is refused with a {@link SecurityException} naming the path and the folder, which
 * the languages raise as their own error ({@code PermissionError} in Python, an {@code Error} in JavaScript).
 *
 * <p>Without {@link ScriptPermission#READ_GAME_FILES} only the language's source files (for imports) and folder
 * listings are readable; other files are refused with a message naming the permission.
 *
 * <p>Threads: GraalVM calls it from the thread using the context (the script worker); stateless after
 * construction, so thread-safe.
 */
public final class GameFolderFileSystem implements FileSystem {
    private final ScriptScope scope;
    private final List<String> sourceExtensions;
    private final FileSystem delegate = FileSystem.newDefaultFileSystem();

    private GameFolderFileSystem(ScriptScope scope, List<String> sourceExtensions) {
        this.scope = scope;
        this.sourceExtensions = List.copyOf(sourceExtensions);
    }

    /**
     * @param scope the game folder and permissions; its root must be set
     * @param sourceExtensions the language's module file extensions with the dot, readable without permission
     * @return the game folder, read-only, plus read-only access to language homes
     * @throws IllegalArgumentException when the scope has no root
     */
    public static FileSystem forScope(ScriptScope scope, List<String> sourceExtensions) {
        if (scope.root() == null) {
            throw new IllegalArgumentException("GameFolderFileSystem.forScope: scope=" + scope + " has no root");
        }
        return FileSystem.allowLanguageHomeAccess(FileSystem.newReadOnlyFileSystem(
                new GameFolderFileSystem(scope, sourceExtensions)));
    }

    private Path inside(Path path) {
        Path absolute = toAbsolutePath(path);
        if (!scope.contains(absolute)) {
            throw new SecurityException("path \"" + path + "\" is outside the game folder " + scope.root());
        }
        return absolute;
    }

    private Path readable(Path path) {
        Path absolute = inside(path);
        if (scope.has(ScriptPermission.READ_GAME_FILES) || Files.isDirectory(absolute)) {
            return absolute;
        }
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (sourceExtensions.stream().anyMatch(name::endsWith)) {
            return absolute;
        }
        throw new SecurityException("path \"" + path + "\" is not readable: reading game files needs \"permissions\": "
                + "[\"" + ScriptPermission.READ_GAME_FILES.id() + "\"] in game.json");
    }

    @Override
    public Path parsePath(URI uri) {
        return delegate.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return delegate.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
            throws IOException {
        delegate.checkAccess(inside(path), modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new SecurityException("path \"" + dir + "\": the game folder is read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new SecurityException("path \"" + path + "\": the game folder is read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attrs) throws IOException {
        boolean write = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        if (write) {
            throw new SecurityException("path \"" + path + "\": the game folder is read-only");
        }
        return delegate.newByteChannel(readable(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return delegate.newDirectoryStream(inside(dir), filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : scope.root().resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return inside(delegate.toRealPath(inside(path), linkOptions));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        return delegate.readAttributes(inside(path), attributes, options);
    }
}
