package dev.polyframe.sync.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.polyframe.sync.handoff.FrameHandoff;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * {@link FrameHandoff} between the main thread and the script worker, driven exactly as {@code Engine.handOff} and
 * {@code ScriptWorkerAgent.doWork} drive it: the main thread triggers only when {@link FrameHandoff#workerIdle()};
 * the worker polls, reads the dt, runs and completes with its frame duration.
 *
 * <p>Values in the results: dt in milliseconds ({@link #DT_FIRST} = 250, {@link #DT_NEXT} = 500); frame durations
 * in nanoseconds as the worker reported them; -1 where the actor did not get that far.
 */
public final class FrameHandoffTests {
    /** dt of the first script frame, seconds (exact in binary, so it reads back bit for bit). */
    static final double DT_FIRST = 0.25;
    /** dt of the next script frame, seconds. */
    static final double DT_NEXT = 0.5;
    /** Duration the worker reports for its first frame, nanoseconds. */
    static final long FIRST_FRAME_NANOS = 7_000;
    /** Duration the worker reports for its next frame, nanoseconds. */
    static final long NEXT_FRAME_NANOS = 9_000;

    private FrameHandoffTests() {
    }

    static int millis(double seconds) {
        return (int) Math.round(seconds * 1_000);
    }

    /**
     * The first trigger from a fresh hand-off. The worker polls once (one {@code doWork}); the arbiter then asks
     * whether the frame is still pending, so a trigger that neither the worker saw nor is still waiting is
     * observable as "lost".
     *
     * <p>Result: worker saw the trigger (0/1), dt it read (ms or -1), arbiter: frame pending (0/1), worker idle
     * (0/1).
     */
    @JCStressTest
    @Description("First trigger: the worker sees the trigger with its dt, or the frame stays pending; never lost")
    @Outcome(id = "1, 250, 0, 1", expect = ACCEPTABLE,
            desc = "Worker saw the trigger and its dt, ran and completed: nothing pending, worker idle.")
    @Outcome(id = "0, -1, 1, 0", expect = ACCEPTABLE,
            desc = "Worker polled before the trigger: the frame waits for its next poll, worker not idle.")
    @Outcome(id = "1, 0, .*", expect = FORBIDDEN, desc = "Worker saw the trigger but a stale dt (0).")
    @Outcome(id = "0, -1, 0, .*", expect = FORBIDDEN,
            desc = "Trigger lost: the worker did not see it and it is not pending either.")
    @Outcome(id = "1, 250, 1, .*", expect = FORBIDDEN, desc = "Frame ran but is still pending: it would run twice.")
    @Outcome(expect = FORBIDDEN, desc = "Any other outcome breaks the hand-off.")
    @State
    public static class FirstTrigger {
        private final FrameHandoff handoff = new FrameHandoff();

        /** Main thread: the worker is idle (nothing triggered yet), so it may trigger. */
        @Actor
        public void main() {
            handoff.trigger(DT_FIRST);
        }

        /** Worker thread: one {@code doWork}. */
        @Actor
        public void worker(IIII_Result r) {
            if (handoff.pollTrigger()) {
                r.r1 = 1;
                r.r2 = millis(handoff.dtSeconds());
                handoff.complete(FIRST_FRAME_NANOS);
            } else {
                r.r1 = 0;
                r.r2 = -1;
            }
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(IIII_Result r) {
            r.r3 = handoff.pollTrigger() ? 1 : 0;
            r.r4 = handoff.workerIdle() ? 1 : 0;
        }
    }

    /**
     * One full cycle: frame 1 is already triggered (with {@link #DT_FIRST}). The worker runs it and completes, then
     * polls once more (its next {@code doWork}) and runs frame 2 if triggered. Concurrently the main thread does one
     * {@code Engine.handOff}: if the worker is idle it reads the completed frame's duration and triggers frame 2
     * with {@link #DT_NEXT}; otherwise it counts a skip.
     *
     * <p>Result: dt the worker read in frame 1 (ms), main found the worker idle (0/1), frame duration the main
     * thread read (ns, -1 when busy), dt the worker read in frame 2 (ms, -1 when it saw no trigger), arbiter:
     * frame 2 pending (0/1).
     */
    @JCStressTest
    @Description("Complete then trigger: the main thread sees completion with its duration; the worker sees the"
            + " next trigger with its dt; no trigger is lost")
    @Outcome(id = "250, 0, -1, -1, 0", expect = ACCEPTABLE,
            desc = "Main found the worker still in frame 1 and skipped; no frame 2.")
    @Outcome(id = "250, 1, 7000, -1, 1", expect = ACCEPTABLE,
            desc = "Main saw frame 1 complete with its duration and triggered frame 2 after the worker's second"
                    + " poll: frame 2 pending.")
    @Outcome(id = "250, 1, 7000, 500, 0", expect = ACCEPTABLE,
            desc = "Main saw frame 1 complete with its duration and triggered frame 2; the worker ran it with its dt.")
    @Outcome(id = "250, 1, 0, .*", expect = FORBIDDEN,
            desc = "Main saw the completion but a stale frame duration (0).")
    @Outcome(id = "250, 1, 7000, 250, .*", expect = FORBIDDEN, desc = "Worker ran frame 2 with frame 1's stale dt.")
    @Outcome(id = "250, 1, 7000, -1, 0", expect = FORBIDDEN,
            desc = "Frame 2 trigger lost: the worker did not run it and it is not pending.")
    @Outcome(id = "250, 0, -1, 500, .*", expect = FORBIDDEN, desc = "Worker ran a frame 2 that was never triggered.")
    @Outcome(expect = FORBIDDEN, desc = "Any other outcome breaks the hand-off.")
    @State
    public static class CompleteThenTrigger {
        private final FrameHandoff handoff = new FrameHandoff();

        public CompleteThenTrigger() {
            handoff.trigger(DT_FIRST);
        }

        /** Main thread: one {@code Engine.handOff}. */
        @Actor
        public void main(IIIII_Result r) {
            if (handoff.workerIdle()) {
                r.r2 = 1;
                r.r3 = (int) handoff.lastFrameNanos();
                handoff.trigger(DT_NEXT);
            } else {
                r.r2 = 0;
                r.r3 = -1;
                handoff.countSkip();
            }
        }

        /** Worker thread: two {@code doWork} calls. */
        @Actor
        public void worker(IIIII_Result r) {
            if (handoff.pollTrigger()) {
                r.r1 = millis(handoff.dtSeconds());
                handoff.complete(FIRST_FRAME_NANOS);
            } else {
                r.r1 = -1;
            }
            if (handoff.pollTrigger()) {
                r.r4 = millis(handoff.dtSeconds());
                handoff.complete(NEXT_FRAME_NANOS);
            } else {
                r.r4 = -1;
            }
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(IIIII_Result r) {
            r.r5 = handoff.pollTrigger() ? 1 : 0;
        }
    }
}
