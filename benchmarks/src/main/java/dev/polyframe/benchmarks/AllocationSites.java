package dev.polyframe.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Lists where the main thread allocates inside the engine loop, from a JFR recording of
 * {@link MainFrameAllocationBenchmark}. Meant for a JVM started with {@code -XX:-UseTLAB} and
 * {@code jdk.ObjectAllocationOutsideTLAB} enabled with stack traces: every allocation is then an event, so the
 * list is exact rather than sampled (README "Finding allocation sites").
 *
 * <p>Groups by allocated class, the first frame outside the JDK and the first Polyframe frame; keeps events of the
 * thread named {@code main} whose stack passes through {@code Engine.run} (the frame loop, not engine start-up).
 */
public final class AllocationSites {
    private AllocationSites() {
    }

    /**
     * @param args the {@code .jfr} file, and optionally the number of sites to print (default 20)
     * @throws IOException when the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, long[]> sites = new HashMap<>();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (!type.equals("jdk.ObjectAllocationOutsideTLAB") && !type.equals("jdk.ObjectAllocationInNewTLAB")) {
                    continue;
                }
                RecordedThread thread = e.getThread();
                RecordedStackTrace stack = e.getStackTrace();
                if (thread == null || !"main".equals(thread.getJavaName()) || stack == null) {
                    continue;
                }
                String key = site(e, stack);
                if (key != null) {
                    long[] c = sites.computeIfAbsent(key, k -> new long[2]);
                    c[0]++;
                    c[1] += e.getLong("allocationSize");
                }
            }
        }
        System.out.printf("%8s %10s  %s%n", "events", "bytes", "class @ first non-JDK frame <- first Polyframe frame");
        sites.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(limit)
                .forEach(s -> System.out.printf(Locale.ROOT, "%8d %10d  %s%n", s.getValue()[0], s.getValue()[1],
                        s.getKey()));
    }

    /** @return the grouping key, or {@code null} when the stack is not inside the frame loop */
    private static String site(RecordedEvent e, RecordedStackTrace stack) {
        String firstOutsideJdk = null;
        String firstPolyframe = null;
        boolean inLoop = false;
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            String frame = type + "." + f.getMethod().getName() + ":" + f.getLineNumber();
            if (firstOutsideJdk == null && !type.startsWith("java.") && !type.startsWith("jdk.")
                    && !type.startsWith("sun.")) {
                firstOutsideJdk = frame;
            }
            if (firstPolyframe == null && type.startsWith("dev.polyframe.")) {
                firstPolyframe = frame;
            }
            inLoop |= type.equals("dev.polyframe.ecs.Engine") && f.getMethod().getName().equals("run");
        }
        return inLoop ? e.getClass("objectClass").getName() + " @ " + firstOutsideJdk + " <- " + firstPolyframe
                : null;
    }
}
