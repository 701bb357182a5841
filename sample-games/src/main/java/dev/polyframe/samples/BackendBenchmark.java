package dev.polyframe.samples;

import dev.polyframe.ecs.Engine;
import dev.polyframe.ecs.EngineConfig;
import dev.polyframe.ecs.EngineStats;
import dev.polyframe.ecs.game.Game;
import dev.polyframe.ecs.render.NullRenderer;
import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.ScriptBackends;
import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.ScriptSource;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.ring.MessageRing;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the script backends (issue #3's closing table): for each language, how long a context takes to start
 * (the first in this JVM, then the median of the next ones), what one call from script into the engine costs, and
 * how long protogame's script frame takes when run through the engine with the {@code NullRenderer}.
 *
 * <p>Runs on the calling thread, which plays the script worker for the context and host-call parts and the main
 * thread for the protogame part. Numbers on a shared 2-core VM vary run to run; read them as orders of magnitude.
 */
final class BackendBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(BackendBenchmark.class);
    private static final int NEXT_CONTEXTS = 5;
    private static final int HOST_CALL_ROUNDS = 5;

    /** One language's figures. */
    record Result(String language, String mode, double firstContextMs, double nextContextMs, double hostCallNs,
            EngineStats protogame) {
    }

    private final int calls;
    private final int frames;

    /**
     * @param calls host calls per measured round
     * @param frames main frames of the protogame run (60 per second)
     */
    BackendBenchmark(int calls, int frames) {
        this.calls = calls;
        this.frames = frames;
    }

    /**
     * Measures one language.
     *
     * @throws ScriptException when the backend cannot run the benchmark scripts
     * @throws IOException when protogame cannot be read
     */
    Result run(String language) throws ScriptException, IOException {
        ScriptBackend backend = ScriptBackends.require(language);
        String extension = backend.fileExtensions().get(0);
        ScriptSource hostCall = new ScriptSource("hostcall" + extension, resource("bench/hostcall" + extension));
        long start = System.nanoTime();
        ScriptRuntime first = start(backend, hostCall);
        double firstMs = (System.nanoTime() - start) / 1e6;
        String mode = first.mode();
        double[] next = new double[NEXT_CONTEXTS];
        for (int i = 0; i < next.length; i++) {
            long t = System.nanoTime();
            start(backend, hostCall).close();
            next[i] = (System.nanoTime() - t) / 1e6;
        }
        double hostNs;
        try {
            hostNs = hostCallNanos(first);
        } finally {
            first.close();
        }
        LOG.info("{}: contexts done, host call {} ns; running protogame for {} frames", language, hostNs, frames);
        Game game = Game.fromClasspath("protogame", getClass().getClassLoader()).orElseThrow();
        Engine engine = new Engine(EngineConfig.defaults().withMaxFrames(frames), new NullRenderer(), backend,
                game.entryScript(language), error -> LOG.warn("protogame ({}): {}", language, error.format()));
        try {
            engine.run();
        } finally {
            engine.close();
        }
        return new Result(language, mode, firstMs, median(next), hostNs, engine.stats());
    }

    /**
     * Host-call cost of one backend on a fresh runtime: {@link #hostCallNanos(ScriptRuntime)} with the
     * {@code bench/hostcall} script. Calling thread plays the script worker.
     *
     * @param calls host calls per round
     * @return nanoseconds per call
     * @throws ScriptException when the backend cannot run the script
     */
    static double hostCallNanos(ScriptBackend backend, int calls) throws ScriptException {
        String extension = backend.fileExtensions().get(0);
        try (ScriptRuntime runtime = start(backend, new ScriptSource("hostcall" + extension,
                resource("bench/hostcall" + extension)))) {
            return new BackendBenchmark(calls, 0).hostCallNanos(runtime);
        }
    }

    private static ScriptRuntime start(ScriptBackend backend, ScriptSource source) throws ScriptException {
        ScriptRuntime runtime = backend.createRuntime();
        ScriptApis apis = new ScriptApis(new MessageRing("bench", 1 << 16), new SnapshotBuffers(16), Map::of);
        for (ScriptInterface scriptInterface : apis.interfaces()) {
            runtime.bind(scriptInterface);
        }
        runtime.load(source);
        return runtime;
    }

    /** @return nanoseconds per host call: best round of spin(n) minus best round of the same loop without calls */
    private double hostCallNanos(ScriptRuntime runtime) throws ScriptException {
        List<ScriptValue> args = List.of(ScriptValue.of(calls));
        long spin = Long.MAX_VALUE;
        long empty = Long.MAX_VALUE;
        for (int round = 0; round < HOST_CALL_ROUNDS + 2; round++) {
            long t = System.nanoTime();
            runtime.call("spin", args);
            long spinRound = System.nanoTime() - t;
            t = System.nanoTime();
            runtime.call("empty", args);
            long emptyRound = System.nanoTime() - t;
            if (round >= 2) {
                spin = Math.min(spin, spinRound);
                empty = Math.min(empty, emptyRound);
            }
        }
        return Math.max(0, spin - empty) / (double) calls;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String resource(String path) {
        try (InputStream in = BackendBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("BackendBenchmark: resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("BackendBenchmark: cannot read " + path, e);
        }
    }

    /** Prints the results as a Markdown table. */
    static void printTable(List<Result> results, int calls, PrintWriter out) {
        out.println("| language | mode | first context | next context | host call | protogame script frame p50 / p99"
                + " | main frame p99 | script errors |");
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            EngineStats s = r.protogame();
            out.printf("| %s | %s | %.0f ms | %.1f ms | %.0f ns | %.2f / %.2f ms | %.2f ms | %d |%n", r.language(),
                    r.mode(), r.firstContextMs(), r.nextContextMs(), r.hostCallNs(), s.scriptFrameP50Ms(),
                    s.scriptFrameP99Ms(), s.frameTimeP99Ms(), s.scriptErrors());
        }
        out.printf("%nhost call: entity.exists(1) from a script loop, best of %d rounds of %d calls, minus the "
                + "same loop without the call.%n", HOST_CALL_ROUNDS, calls);
    }

    /** @return the languages to measure: those requested, or every installed backend */
    static List<String> languages(List<String> requested) {
        if (requested != null && !requested.isEmpty()) {
            return requested;
        }
        List<String> all = new ArrayList<>();
        ScriptBackends.all().forEach(b -> all.add(b.language()));
        return all;
    }
}
