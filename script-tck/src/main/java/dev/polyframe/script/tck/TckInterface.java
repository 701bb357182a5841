package dev.polyframe.script.tck;

import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.ecs.input.InputInjector;
import dev.polyframe.script.api.ScriptApis;
import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import dev.polyframe.sync.input.Keys;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.EntitySnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The {@code tck} global a scenario script sees: assertions recorded for the kit, the errors it expects, a view of
 * the front snapshot, scripted input, and {@code done()}. Built per scenario run; its methods run on the script
 * worker, the kit reads the results on the test thread after the engine has closed.
 *
 * <p>Scripted input ({@code tck.keyDown}, {@code keyUp}, {@code tap}, {@code mouseMove}, {@code mouseButton},
 * {@code scroll}) is queued on the worker and applied by the main thread at the start of the main frame that triggers
 * the next script frame ({@link #applyInput}), so input a scenario asks for in script frame n is exactly what script
 * frame n + 1 reads: deterministic whatever the timing.
 */
final class TckInterface {
    /** Numbers compare equal within this absolute tolerance in {@code tck.equal}. */
    static final double TOLERANCE = 1e-9;

    /** An error the scenario announced it will raise: reported at {@code line} with a message containing text. */
    record ExpectedError(int line, String fragment) {
    }

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Queue<ExpectedError> expectedErrors = new ConcurrentLinkedQueue<>();
    private final Queue<Consumer<InputInjector>> pendingInput = new ConcurrentLinkedQueue<>();
    private volatile boolean done;

    /** @return the {@code tck} interface reading the snapshot of {@code apis} */
    ScriptInterface create(ScriptApis apis) {
        return ScriptInterface.builder("tck", "Conformance-kit assertions; bound only when the kit runs a scenario.")
                .method("check", "Records a failure unless ok is true.", ScriptType.NONE, "",
                        args -> {
                            if (!args.bool(0)) {
                                failures.add("check failed: " + args.string(1));
                            }
                            return ScriptValue.NIL;
                        },
                        required("ok", ScriptType.BOOLEAN, "", "the condition"),
                        required("what", ScriptType.STRING, "", "what was checked"))
                .method("equal", "Records a failure unless actual equals expected (deep; numbers within 1e-9).",
                        ScriptType.NONE, "",
                        args -> {
                            if (!same(args.get(0), args.get(1))) {
                                failures.add(args.string(2) + ": expected " + ScriptValue.display(args.get(1))
                                        + ", got " + ScriptValue.display(args.get(0)));
                            }
                            return ScriptValue.NIL;
                        },
                        required("actual", ScriptType.ANY, "", "the value the script got"),
                        required("expected", ScriptType.ANY, "", "the value it should be"),
                        required("what", ScriptType.STRING, "", "what was compared"))
                .method("mentions", "Records a failure unless text contains every fragment.", ScriptType.NONE, "",
                        args -> {
                            mentions(args.string(0), args.get(1));
                            return ScriptValue.NIL;
                        },
                        required("text", ScriptType.STRING, "", "an error message"),
                        required("fragments", ScriptType.ANY, "", "a sequence of strings"))
                .method("expectError", "Announces that the scenario will raise an uncaught error at this line of "
                        + "its own file, with a message containing fragment.", ScriptType.NONE, "",
                        args -> {
                            expectedErrors.add(new ExpectedError((int) args.number(0), args.string(1)));
                            return ScriptValue.NIL;
                        },
                        required("line", ScriptType.NUMBER, "", "1-based line in the scenario file"),
                        required("fragment", ScriptType.STRING, "", "text the message contains"))
                .method("state", "The entity's or camera's record in the front snapshot, as the worker sees it now.",
                        ScriptType.ANY, "{position, orientation, scale, color, active} for an entity, {position, "
                        + "orientation, fov, type, active} for a camera, or null when absent",
                        args -> state(apis.snapshot().front(), (long) args.number(0)),
                        required("handle", ScriptType.NUMBER, "", "any handle, live or stale"))
                .method("keyDown", "Presses a key before the next script frame.", ScriptType.NONE, "",
                        args -> queueKey("tck.keyDown", args.string(0), (input, name) -> input.keyDown(name)),
                        required("name", ScriptType.STRING, "", "a key name"))
                .method("keyUp", "Releases a key before the next script frame.", ScriptType.NONE, "",
                        args -> queueKey("tck.keyUp", args.string(0), (input, name) -> input.keyUp(name)),
                        required("name", ScriptType.STRING, "", "a key name"))
                .method("tap", "Presses and releases a key within one main frame before the next script frame.",
                        ScriptType.NONE, "",
                        args -> queueKey("tck.tap", args.string(0), (input, name) -> input.tap(name)),
                        required("name", ScriptType.STRING, "", "a key name"))
                .method("mouseMove", "Moves the cursor before the next script frame.", ScriptType.NONE, "",
                        args -> {
                            double x = args.number(0);
                            double y = args.number(1);
                            pendingInput.add(input -> input.mouseMove(x, y));
                            return ScriptValue.NIL;
                        },
                        required("x", ScriptType.NUMBER, "pixels", "from the left edge"),
                        required("y", ScriptType.NUMBER, "pixels", "from the top edge"))
                .method("mouseButton", "Presses or releases a mouse button before the next script frame.",
                        ScriptType.NONE, "",
                        args -> {
                            String button = args.string(0);
                            boolean down = args.bool(1);
                            if (Keys.buttonCode(button) < 0) {
                                throw new ScriptApiException(ScriptApiException.Kind.RANGE, "tck.mouseButton",
                                        "button=\"" + button + "\" must be \"left\", \"right\" or \"middle\"");
                            }
                            pendingInput.add(input -> input.mouseButton(button, down));
                            return ScriptValue.NIL;
                        },
                        required("button", ScriptType.STRING, "", "\"left\", \"right\" or \"middle\""),
                        required("down", ScriptType.BOOLEAN, "", "true to press"))
                .method("scroll", "Turns the wheel before the next script frame.", ScriptType.NONE, "",
                        args -> {
                            double steps = args.number(0);
                            pendingInput.add(input -> input.scroll(steps));
                            return ScriptValue.NIL;
                        },
                        required("steps", ScriptType.NUMBER, "wheel steps", "positive away from the user"))
                .method("meshCamera", "The camera that draws the entity, from its record in the front snapshot.",
                        ScriptType.ANY, "\"world\" or \"screen\", or null when absent or a camera",
                        args -> meshCamera(apis.snapshot().front(), (long) args.number(0)),
                        required("handle", ScriptType.NUMBER, "", "any handle, live or stale"))
                .method("done", "Marks the scenario finished; call it, then engine.quit().", ScriptType.NONE, "",
                        args -> {
                            done = true;
                            return ScriptValue.NIL;
                        })
                .build();
    }

    private ScriptValue queueKey(String method, String name, BiConsumer<InputInjector, String> op) {
        if (Keys.keyCode(name) < 0) {
            throw new ScriptApiException(ScriptApiException.Kind.RANGE, method, "name=\"" + name
                    + "\" is not a key name");
        }
        pendingInput.add(input -> op.accept(input, name));
        return ScriptValue.NIL;
    }

    /**
     * Applies the scripted input queued so far, in order. Main thread, at the start of a main frame in which the
     * worker is idle (everything its completed frame queued is visible then).
     */
    void applyInput(InputInjector input) {
        Consumer<InputInjector> event;
        while ((event = pendingInput.poll()) != null) {
            event.accept(input);
        }
    }

    /** @return failures recorded so far, in order */
    List<String> failures() {
        return new ArrayList<>(failures);
    }

    /** @return errors the scenario announced, in order */
    List<ExpectedError> expectedErrors() {
        return new ArrayList<>(expectedErrors);
    }

    /** @return whether the scenario called {@code tck.done()} */
    boolean done() {
        return done;
    }

    private void mentions(String text, ScriptValue fragments) {
        if (!(fragments instanceof ScriptValue.Seq seq)) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, "tck.mentions",
                    "fragments=" + ScriptValue.display(fragments) + " must be a sequence of strings");
        }
        List<String> missing = new ArrayList<>();
        for (ScriptValue fragment : seq.items()) {
            String wanted = fragment instanceof ScriptValue.Str s ? s.value() : ScriptValue.display(fragment);
            if (!text.contains(wanted)) {
                missing.add(wanted);
            }
        }
        if (!missing.isEmpty()) {
            failures.add("message \"" + text + "\" does not mention " + missing);
        }
    }

    private static ScriptValue state(EntitySnapshot front, long handle) {
        int slot = front.slotOf(handle);
        if (slot < 0) {
            return ScriptValue.NIL;
        }
        int rgba = (int) front.get(slot, EntityRecordDescriptor.RGBA);
        long flags = (long) front.get(slot, EntityRecordDescriptor.FLAGS);
        Map<String, ScriptValue> entries = new LinkedHashMap<>();
        entries.put("position", seq(front.get(slot, EntityRecordDescriptor.X),
                front.get(slot, EntityRecordDescriptor.Y), front.get(slot, EntityRecordDescriptor.Z)));
        entries.put("orientation", seq(front.get(slot, EntityRecordDescriptor.YAW),
                front.get(slot, EntityRecordDescriptor.PITCH), front.get(slot, EntityRecordDescriptor.ROLL)));
        boolean camera = (flags & EntityRecordDescriptor.FLAG_CAMERA) != 0;
        if (camera) {
            entries.put("fov", ScriptValue.of(front.get(slot, EntityRecordDescriptor.SCALE)));
            entries.put("type", ScriptValue.of(CameraType.fromId(rgba).scriptName()));
        } else {
            entries.put("scale", ScriptValue.of(front.get(slot, EntityRecordDescriptor.SCALE)));
            entries.put("color", seq(rgba >>> 24, (rgba >>> 16) & 0xFF, (rgba >>> 8) & 0xFF, rgba & 0xFF));
        }
        entries.put("active", ScriptValue.of((flags & EntityRecordDescriptor.FLAG_ACTIVE) != 0));
        return new ScriptValue.Table(entries);
    }

    private static ScriptValue meshCamera(EntitySnapshot front, long handle) {
        int slot = front.slotOf(handle);
        if (slot < 0) {
            return ScriptValue.NIL;
        }
        long flags = (long) front.get(slot, EntityRecordDescriptor.FLAGS);
        if ((flags & EntityRecordDescriptor.FLAG_CAMERA) != 0) {
            return ScriptValue.NIL;
        }
        CameraType camera = (flags & EntityRecordDescriptor.FLAG_SCREEN) != 0 ? CameraType.SCREEN : CameraType.WORLD;
        return ScriptValue.of(camera.scriptName());
    }

    private static ScriptValue seq(double... values) {
        List<ScriptValue> items = new ArrayList<>(values.length);
        for (double value : values) {
            items.add(ScriptValue.of(value));
        }
        return new ScriptValue.Seq(items);
    }

    /** Deep equality of script values; numbers within {@link #TOLERANCE}. */
    static boolean same(ScriptValue actual, ScriptValue expected) {
        return switch (expected) {
            case ScriptValue.Num e -> actual instanceof ScriptValue.Num a
                    && Math.abs(a.value() - e.value()) <= TOLERANCE;
            case ScriptValue.Seq e -> actual instanceof ScriptValue.Seq a && a.items().size() == e.items().size()
                    && sameItems(a.items(), e.items());
            case ScriptValue.Table e -> actual instanceof ScriptValue.Table a && a.entries().keySet()
                    .equals(e.entries().keySet()) && e.entries().keySet().stream()
                    .allMatch(k -> same(a.entries().get(k), e.entries().get(k)));
            default -> actual.equals(expected);
        };
    }

    private static boolean sameItems(List<ScriptValue> actual, List<ScriptValue> expected) {
        for (int i = 0; i < expected.size(); i++) {
            if (!same(actual.get(i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }
}
