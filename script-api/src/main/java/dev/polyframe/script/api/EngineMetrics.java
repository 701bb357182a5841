package dev.polyframe.script.api;

import java.util.Map;

/**
 * Where {@code engine.metrics()} reads its numbers from; implemented by the engine. Called on the script worker
 * thread, so implementations read thread-safe counters only.
 */
@FunctionalInterface
public interface EngineMetrics {
    /**
     * @return counters by name; values are {@link Number}s or nested maps of the same shape (for example
     *     {@code commands -> {submitted, applied, rejected}})
     */
    Map<String, Object> metrics();
}
