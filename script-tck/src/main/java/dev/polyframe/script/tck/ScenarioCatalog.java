package dev.polyframe.script.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds every scenario file {@code scenarios/<feature>/<name>.<ext>} under every {@code scenarios} folder on the
 * class path: the kit's own (JavaScript, Lua, Python) and any a third-party backend adds in its test resources. A
 * scenario is the set of files sharing feature and name; the kit fails a backend for each one missing its
 * extension.
 *
 * <p>Stateless; any thread.
 */
public final class ScenarioCatalog {
    /** Class path folder holding scenarios. */
    public static final String ROOT = "scenarios";

    private ScenarioCatalog() {
    }

    /**
     * @return every scenario, sorted by feature and name
     * @throws UncheckedIOException when a scenarios folder cannot be listed
     */
    public static List<Scenario> discover(ClassLoader loader) {
        Map<String, Map<String, URL>> byId = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            for (URL root : Collections.list(roots)) {
                collect(root, byId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ScenarioCatalog.discover: cannot list " + ROOT, e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        byId.forEach((id, files) -> {
            int slash = id.indexOf('/');
            scenarios.add(new Scenario(id.substring(0, slash), id.substring(slash + 1), files));
        });
        return scenarios;
    }

    private static void collect(URL root, Map<String, Map<String, URL>> byId) throws IOException {
        try {
            if (root.getProtocol().equals("jar")) {
                try (FileSystem jar = openJar(root)) {
                    walk(jar.getPath(ROOT), byId);
                } catch (FileSystemAlreadyExistsException e) {
                    walk(FileSystems.getFileSystem(root.toURI()).getPath(ROOT), byId);
                }
            } else {
                walk(Path.of(root.toURI()), byId);
            }
        } catch (URISyntaxException e) {
            throw new IOException("ScenarioCatalog: bad class path URL " + root, e);
        }
    }

    private static FileSystem openJar(URL root) throws IOException, URISyntaxException {
        return FileSystems.newFileSystem(root.toURI(), Map.of());
    }

    private static void walk(Path root, Map<String, Map<String, URL>> byId) throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (file.getNameCount() - root.getNameCount() != 2) {
                    continue;
                }
                String fileName = file.getFileName().toString();
                int dot = fileName.lastIndexOf('.');
                if (dot <= 0) {
                    continue;
                }
                String feature = file.getParent().getFileName().toString();
                String id = feature + "/" + fileName.substring(0, dot);
                byId.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(fileName.substring(dot),
                        file.toUri().toURL());
            }
        }
    }
}
