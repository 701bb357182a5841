package dev.polyframe.sync.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.polyframe.sync.handoff.FrameHandoff;
import dev.polyframe.sync.snapshot.EntityRecordDescriptor;
import dev.polyframe.sync.snapshot.EntitySnapshot;
import dev.polyframe.sync.snapshot.SnapshotBuffers;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIIII_Result;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * {@link SnapshotBuffers} published through the {@link FrameHandoff} exactly as the engine does it.
 *
 * <p>Main thread, per main frame n ({@code Engine.runFrame}): the hand-off first — if the worker is idle
 * ({@code completed == triggered}), publish the back buffer, which holds frame n-1's writes, and trigger a script
 * frame; otherwise count a skip — then frame n's writes into the back buffer. Script worker
 * ({@code ScriptWorkerAgent.doWork} under its idle strategy): poll for a trigger, read the front buffer, complete.
 * Publish therefore only ever runs in the state the engine allows, and the worker's reads of the front buffer race
 * with the main thread's writes to the back buffer.
 *
 * <p>Frame n's write sets every field of the record (x, y, z, yaw, pitch, roll, scale, rgba, flags and the spare
 * fields) to n, and frame n is published as snapshot frame n, so a record is consistent when its fields and the
 * snapshot's frame number are all equal. A script frame reports what it read as:
 * <ul>
 *   <li>n: a consistent record of frame n;</li>
 *   <li>0: the entity is not in the front snapshot (not yet created, or destroyed);</li>
 *   <li>{@link #TORN} (-9): fields from different writes, or an index entry that points at another record;</li>
 *   <li>-1: the worker gave up polling ({@link #POLLS} polls) before a trigger came, and ran no more frames.</li>
 * </ul>
 * "Published" lists the frames the main thread published, as digits ({@code 123} = frames 1, 2 and 3).
 */
public final class SnapshotPublishTests {
    /** Reported when a record is not consistent. */
    static final int TORN = -9;
    /** Reported when the worker found no triggered frame. */
    static final int NOT_TRIGGERED = -1;
    /** Reported when the entity is not in the front snapshot. */
    static final int ABSENT = 0;
    /** Polls a script frame waits for its trigger before giving up: a bounded idle strategy. */
    static final int POLLS = 128;
    /** The script handle of the entity under test. */
    static final long HANDLE = 7;
    /** Game time per main frame, seconds. */
    static final double STEP = 1.0 / 64;

    private SnapshotPublishTests() {
    }

    /** The engine's and the worker's halves of the protocol around one {@link SnapshotBuffers}. */
    abstract static class Protocol {
        final SnapshotBuffers buffers = new SnapshotBuffers(1);
        final FrameHandoff handoff = new FrameHandoff();

        /**
         * Main thread: {@code Engine.handOff} with a back buffer holding frame {@code frame}'s writes.
         *
         * @return the frame's digit when it was published, else 0
         */
        final int handOff(int frame) {
            if (!handoff.workerIdle()) {
                handoff.countSkip();
                return 0;
            }
            buffers.publish(frame, frame * STEP);
            handoff.trigger(STEP);
            return frame;
        }

        /** Main thread: frame {@code n}'s write of the whole record in {@code slot}. */
        final void write(int slot, int n) {
            for (int field = EntityRecordDescriptor.X; field < EntityRecordDescriptor.STRIDE; field++) {
                buffers.write(slot, field, n);
            }
        }

        /** Worker thread: polls up to {@link #POLLS} times, as the worker's idle strategy would. */
        final boolean awaitTrigger() {
            for (int i = 0; i < POLLS; i++) {
                if (handoff.pollTrigger()) {
                    return true;
                }
                Thread.onSpinWait();
            }
            return false;
        }

        /** What a script reading the entity in {@code snapshot} sees; also used by the arbiter. */
        static int read(EntitySnapshot snapshot) {
            int slot = snapshot.slotOf(HANDLE);
            if (slot < 0) {
                return ABSENT;
            }
            if (snapshot.get(slot, EntityRecordDescriptor.HANDLE) != HANDLE) {
                return TORN;
            }
            double value = snapshot.get(slot, EntityRecordDescriptor.X);
            for (int field = EntityRecordDescriptor.X + 1; field < EntityRecordDescriptor.STRIDE; field++) {
                if (snapshot.get(slot, field) != value) {
                    return TORN;
                }
            }
            if (snapshot.frame() != value || value < 1) {
                return TORN;
            }
            return (int) value;
        }

        static int digits(int... frames) {
            int digits = 0;
            for (int frame : frames) {
                if (frame != 0) {
                    digits = digits * 10 + frame;
                }
            }
            return digits;
        }
    }

    /**
     * An existing entity updated every main frame. Before the actors the entity holds frame 0's record in the back
     * buffer (written, never published). Main: hand-off 1, write 2, hand-off 2, write 3, hand-off 3. Worker: two
     * script frames, each reading the entity's record.
     *
     * <p>Result: first script frame's read, second script frame's read, published, arbiter: front record after
     * both.
     */
    @JCStressTest
    @Description("Update: script frames read whole records of published frames only, never torn, future or older")
    @Outcome(id = "-1, -1, 1, 1", expect = ACCEPTABLE,
            desc = "Worker gave up polling before frame 1's trigger; later hand-offs found frame 1 pending.")
    @Outcome(id = "1, -1, 1, 1", expect = ACCEPTABLE,
            desc = "Worker read frame 1; both later hand-offs found it running; no second script frame.")
    @Outcome(id = "1, -1, 12, 2", expect = ACCEPTABLE,
            desc = "Worker read frame 1; frame 2 published; the worker gave up polling before its trigger.")
    @Outcome(id = "1, 2, 12, 2", expect = ACCEPTABLE,
            desc = "Worker read frame 1, then frame 2 (while main wrote frame 3); hand-off 3 found it running.")
    @Outcome(id = "1, 2, 123, 3", expect = ACCEPTABLE,
            desc = "Worker read frame 1, then frame 2; frame 3 published after the worker completed.")
    @Outcome(id = "1, -1, 13, 3", expect = ACCEPTABLE,
            desc = "Hand-off 2 found frame 1 running; frame 3 published; the worker gave up polling before it.")
    @Outcome(id = "1, 3, 13, 3", expect = ACCEPTABLE,
            desc = "Hand-off 2 found frame 1 running; frame 3 published; the worker read it.")
    @Outcome(id = ".*-9.*", expect = FORBIDDEN, desc = "Torn record: fields from different writes.")
    @Outcome(id = "[023], .*", expect = FORBIDDEN,
            desc = "First script frame did not read frame 1: a value from the future, published while it ran.")
    @Outcome(id = "1, 1, .*", expect = FORBIDDEN,
            desc = "Second script frame read frame 1 again: the record went backwards or the front is stale.")
    @Outcome(expect = FORBIDDEN, desc = "Any other outcome: a frame read that was not published, or lost trigger.")
    @State
    public static class Update extends Protocol {
        private final int slot;

        public Update() {
            slot = buffers.allocate(HANDLE);
            write(slot, 1);
        }

        /** Main thread: main frames 1 to 3. */
        @Actor
        public void main(IIII_Result r) {
            int first = handOff(1);
            write(slot, 2);
            int second = handOff(2);
            write(slot, 3);
            int third = handOff(3);
            r.r3 = digits(first, second, third);
        }

        /** Worker thread: two script frames. */
        @Actor
        public void worker(IIII_Result r) {
            r.r1 = NOT_TRIGGERED;
            r.r2 = NOT_TRIGGERED;
            if (!awaitTrigger()) {
                return;
            }
            r.r1 = read(buffers.front());
            handoff.complete(0);
            if (!awaitTrigger()) {
                return;
            }
            r.r2 = read(buffers.front());
            handoff.complete(0);
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(IIII_Result r) {
            r.r4 = read(buffers.front());
        }
    }

    /**
     * An entity created in one main frame and destroyed in the next, its slot freed. Main: hand-off 1 (an empty
     * snapshot), create the entity and write frame 2's record, hand-off 2, destroy it, hand-off 3. Worker: two script
     * frames, each reporting the snapshot frame it read as well, so a stale front without the entity is told apart
     * from a fresh one.
     *
     * <p>Result: first script frame's snapshot frame and entity read, second script frame's snapshot frame and
     * entity read, published, arbiter: front entity after both.
     */
    @JCStressTest
    @Description("Create/destroy: an entity appears whole with the frame that published its creation and"
            + " disappears with the frame that published its destruction")
    @Outcome(id = "-1, -1, -1, -1, 1, 0", expect = ACCEPTABLE,
            desc = "Worker gave up polling before frame 1's trigger; later hand-offs found frame 1 pending.")
    @Outcome(id = "1, 0, -1, -1, 1, 0", expect = ACCEPTABLE,
            desc = "Worker read empty frame 1; both later hand-offs found it running; no second script frame.")
    @Outcome(id = "1, 0, -1, -1, 12, 2", expect = ACCEPTABLE,
            desc = "Creation published in frame 2; the worker gave up polling before its trigger.")
    @Outcome(id = "1, 0, 2, 2, 12, 2", expect = ACCEPTABLE,
            desc = "Creation published in frame 2 and seen whole; hand-off 3 found the worker running.")
    @Outcome(id = "1, 0, 2, 2, 123, 0", expect = ACCEPTABLE,
            desc = "Creation published in frame 2 and seen whole; destruction published in frame 3.")
    @Outcome(id = "1, 0, -1, -1, 13, 0", expect = ACCEPTABLE,
            desc = "Hand-off 2 found frame 1 running; create and destroy published together in frame 3; the"
                    + " worker gave up polling before its trigger.")
    @Outcome(id = "1, 0, 3, 0, 13, 0", expect = ACCEPTABLE,
            desc = "Hand-off 2 found frame 1 running; create and destroy published together in frame 3: never seen.")
    @Outcome(id = ".*-9.*", expect = FORBIDDEN, desc = "Torn record or index entry pointing at another record.")
    @Outcome(id = "1, 2, .*", expect = FORBIDDEN, desc = "Frame 1 showed the entity before its creation.")
    @Outcome(id = "1, 0, 1, .*", expect = FORBIDDEN,
            desc = "Second script frame saw frame 1 again: stale front after a publish.")
    @Outcome(id = "1, 0, 3, 2, .*", expect = FORBIDDEN,
            desc = "Frame 3 still showed the entity its own frame destroyed (or frame 2's record under frame 3).")
    @Outcome(expect = FORBIDDEN, desc = "Any other outcome: a state that was never published, or lost trigger.")
    @State
    public static class CreateDestroy extends Protocol {
        /** Main thread: main frames 1 to 3. */
        @Actor
        public void main(IIIIII_Result r) {
            int first = handOff(1);
            int slot = buffers.allocate(HANDLE);
            write(slot, 2);
            int second = handOff(2);
            buffers.free(slot);
            int third = handOff(3);
            r.r5 = digits(first, second, third);
        }

        /** Worker thread: two script frames. */
        @Actor
        public void worker(IIIIII_Result r) {
            r.r1 = NOT_TRIGGERED;
            r.r2 = NOT_TRIGGERED;
            r.r3 = NOT_TRIGGERED;
            r.r4 = NOT_TRIGGERED;
            if (!awaitTrigger()) {
                return;
            }
            EntitySnapshot front = buffers.front();
            r.r1 = (int) front.frame();
            r.r2 = read(front);
            handoff.complete(0);
            if (!awaitTrigger()) {
                return;
            }
            front = buffers.front();
            r.r3 = (int) front.frame();
            r.r4 = read(front);
            handoff.complete(0);
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(IIIIII_Result r) {
            r.r6 = read(buffers.front());
        }
    }
}
