package dev.polyframe.script.python;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the folder where GraalVM unpacks language resources: GraalPy's standard library (about 25 MB, unpacked
 * once per GraalPy version) and Truffle's attach library. By default Truffle writes them under
 * {@code ~/.cache/org.graalvm.polyglot}; Polyframe keeps them in a project-controlled folder instead, so runs are
 * reproducible and leave the user's home alone.
 *
 * <p>The only knob GraalVM 25.0.3 offers (the {@code python.PythonHome} option does not stop the unpacking) is the
 * JVM-wide system property {@value #TRUFFLE_CACHE_PROPERTY}, read once when the first engine of the JVM starts. So
 * {@link #configure()} sets it, unless the user already chose a folder with it or with
 * {@value #TRUFFLE_RESOURCE_PATH_PROPERTY} (resources copied ahead with {@code Engine.copyResources}). An engine
 * created earlier in the same JVM, by another backend, fixes the folder before this class can act; set the property
 * on the command line then.
 *
 * <p>Thread-safe.
 */
final class ResourceCache {
    /** Polyframe's cache root; GraalVM resources go to its {@code graalvm} subfolder. */
    static final String CACHE_DIR_PROPERTY = "polyframe.cache.dir";
    /** Truffle's resource cache folder. */
    static final String TRUFFLE_CACHE_PROPERTY = "polyglot.engine.userResourceCache";
    /** Truffle's folder of resources copied ahead of time; when set, nothing is unpacked. */
    static final String TRUFFLE_RESOURCE_PATH_PROPERTY = "polyglot.engine.resourcePath";
    private static final Logger LOG = LoggerFactory.getLogger(ResourceCache.class);

    private ResourceCache() {
    }

    /**
     * Sets {@value #TRUFFLE_CACHE_PROPERTY} to {@code <polyframe.cache.dir>/graalvm}, where
     * {@value #CACHE_DIR_PROPERTY} defaults to {@code .polyframe/cache} in the working directory, unless a Truffle
     * property is already set. Call before creating an engine.
     *
     * @return the folder GraalVM resources come from, absolute
     */
    static synchronized Path configure() {
        String resourcePath = System.getProperty(TRUFFLE_RESOURCE_PATH_PROPERTY);
        if (resourcePath != null) {
            return Path.of(resourcePath).toAbsolutePath();
        }
        String chosen = System.getProperty(TRUFFLE_CACHE_PROPERTY);
        if (chosen != null) {
            return Path.of(chosen).toAbsolutePath();
        }
        Path root = Path.of(System.getProperty(CACHE_DIR_PROPERTY, Path.of(".polyframe", "cache").toString()));
        Path folder = root.resolve("graalvm").toAbsolutePath().normalize();
        System.setProperty(TRUFFLE_CACHE_PROPERTY, folder.toString());
        LOG.debug("ResourceCache.configure: GraalVM resources (GraalPy's standard library) go to {}", folder);
        return folder;
    }
}
