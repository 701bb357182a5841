package dev.polyframe.sync.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.polyframe.sync.protocol.HandleCommandFlyweight;
import dev.polyframe.sync.protocol.MessageTypeIds;
import dev.polyframe.sync.ring.MessageRing;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * {@link MessageRing} used as the command ring is: the script worker is the single producer and encodes each command
 * with {@code tryClaim}, a flyweight write and {@code commit} (or {@code abort} when writing failed), as
 * {@code CommandEncoder} does; the main thread is the single consumer and drains what {@code bytesPending} reports,
 * as {@code CommandApplySystem} does.
 *
 * <p>Command n is an {@link MessageTypeIds#ENTITY_SET_POSITION} {@link HandleCommandFlyweight} whose handle, value,
 * x, y and z all equal n, so a body read before it was fully written, or from another message, shows up. The
 * consumer appends one digit per message it handles: n for a whole command n, {@value #BAD} for a wrong type id,
 * length or body.
 *
 * <p>Result: digits the consumer handled during the race (0 = none), digits the arbiter drained afterwards, and
 * whether the ring's counters agree at the end (1: submitted = consumed = commands committed, nothing rejected).
 */
public final class MessageRingTests {
    /** Digit reported for a message with a wrong type id, length or body. */
    static final int BAD = 9;
    /** Smallest ring {@link MessageRing} accepts; commands are 48-byte records (8 header + 40 body). */
    static final int CAPACITY = 1024;

    private MessageRingTests() {
    }

    /** The producer's and the consumer's halves around one ring. */
    abstract static class Protocol {
        final MessageRing ring = new MessageRing("commands", CAPACITY);
        private final HandleCommandFlyweight encoder = new HandleCommandFlyweight();
        private final HandleCommandFlyweight decoder = new HandleCommandFlyweight();
        private int seen;
        private final MessageHandler handler = this::onMessage;

        /** Producer thread: claim, write, then commit or (when {@code written} is false) abort. */
        final boolean send(int n, boolean written) {
            int index = ring.tryClaim(MessageTypeIds.ENTITY_SET_POSITION, HandleCommandFlyweight.LENGTH);
            if (index < 0) {
                return false;
            }
            encoder.wrap(ring.buffer(), index).handle(n).value(n).xyz(n, n, n);
            if (written) {
                ring.commit(index);
            } else {
                ring.abort(index);
            }
            return true;
        }

        /** Consumer thread: one {@code CommandApplySystem.processSystem}. */
        final void drainPending() {
            int pending = ring.bytesPending();
            if (pending > 0) {
                ring.drain(handler, Math.max(1, pending / 8));
            }
        }

        /** @return the digits handled since the last call, and starts a new list */
        final int takeSeen() {
            int digits = seen;
            seen = 0;
            return digits;
        }

        private void onMessage(int typeId, MutableDirectBuffer buffer, int index, int length) {
            int digit = BAD;
            if (typeId == MessageTypeIds.ENTITY_SET_POSITION && length == HandleCommandFlyweight.LENGTH) {
                HandleCommandFlyweight command = decoder.wrap(buffer, index);
                long n = command.handle();
                if (n >= 1 && n <= 8 && command.value() == n && command.x() == n && command.y() == n
                        && command.z() == n) {
                    digit = (int) n;
                }
            }
            seen = seen * 10 + digit;
        }

        /** Arbiter: drains the rest and checks the counters. */
        final void finish(III_Result r, int committed, boolean sent) {
            drainPending();
            drainPending();
            r.r2 = takeSeen();
            r.r3 = sent && ring.submitted() == committed && ring.consumed() == committed && ring.rejected() == 0
                    && ring.bytesPending() == 0 ? 1 : 0;
        }
    }

    /**
     * Three commands from an empty ring.
     */
    @JCStressTest
    @Description("Commands 1, 2, 3: each arrives once, whole and in order; only a suffix may still be pending")
    @Outcome(id = "0, 123, 1", expect = ACCEPTABLE, desc = "Consumer drained before any commit; all three later.")
    @Outcome(id = "1, 23, 1", expect = ACCEPTABLE, desc = "Consumer handled 1; 2 and 3 later.")
    @Outcome(id = "12, 3, 1", expect = ACCEPTABLE, desc = "Consumer handled 1 and 2; 3 later.")
    @Outcome(id = "123, 0, 1", expect = ACCEPTABLE, desc = "Consumer handled all three during the race.")
    @Outcome(id = ".*9.*", expect = FORBIDDEN, desc = "A partially written or corrupt message was handled.")
    @Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "Counters disagree: a command lost, duplicated or rejected.")
    @Outcome(expect = FORBIDDEN, desc = "Reordered, duplicated or lost command.")
    @State
    public static class InOrder extends Protocol {
        private boolean sent;

        /** Script worker: three API calls. */
        @Actor
        public void producer() {
            sent = send(1, true) & send(2, true) & send(3, true);
        }

        /** Main thread: two main frames' command drains. */
        @Actor
        public void consumer(III_Result r) {
            drainPending();
            drainPending();
            r.r1 = takeSeen();
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(III_Result r) {
            finish(r, 3, sent);
        }
    }

    /**
     * The same three commands with the ring's tail placed so that command 1 is the last record before the end of
     * the buffer and command 2 needs a padding record and wraps to index 0: the drain must skip the padding and
     * continue across the end (MessageRing's second read).
     */
    @JCStressTest
    @Description("Commands 1, 2, 3 wrapping the end of the buffer: each arrives once, whole and in order")
    @Outcome(id = "0, 123, 1", expect = ACCEPTABLE, desc = "Consumer drained before any commit; all three later.")
    @Outcome(id = "1, 23, 1", expect = ACCEPTABLE, desc = "Consumer handled 1; 2 and 3 later.")
    @Outcome(id = "12, 3, 1", expect = ACCEPTABLE, desc = "Consumer handled 1 and 2; 3 later.")
    @Outcome(id = "123, 0, 1", expect = ACCEPTABLE, desc = "Consumer handled all three during the race.")
    @Outcome(id = ".*9.*", expect = FORBIDDEN, desc = "A partially written or corrupt message (or padding) handled.")
    @Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "Counters disagree: a command lost, duplicated or rejected.")
    @Outcome(expect = FORBIDDEN, desc = "Reordered, duplicated or lost command.")
    @State
    public static class Wrapped extends Protocol {
        /** Records of 48 bytes before command 1: its record ends 16 bytes before the end of the buffer. */
        static final int FILLERS = (CAPACITY - 16) / 48 - 1;
        private boolean sent;

        public Wrapped() {
            for (int i = 0; i < FILLERS; i++) {
                send(1, true);
                drainPending();
            }
            takeSeen();
        }

        /** Script worker: three API calls. */
        @Actor
        public void producer() {
            sent = send(1, true) & send(2, true) & send(3, true);
        }

        /** Main thread: two main frames' command drains. */
        @Actor
        public void consumer(III_Result r) {
            drainPending();
            drainPending();
            r.r1 = takeSeen();
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(III_Result r) {
            finish(r, FILLERS + 3, sent);
        }
    }

    /**
     * Command 2's writing fails and its claim is aborted, as {@code CommandEncoder.finish} does; 1 and 3 commit.
     */
    @JCStressTest
    @Description("Commands 1, aborted 2, 3: the aborted one is never delivered, the later one still is")
    @Outcome(id = "0, 13, 1", expect = ACCEPTABLE, desc = "Consumer drained before any commit; 1 and 3 later.")
    @Outcome(id = "1, 3, 1", expect = ACCEPTABLE, desc = "Consumer handled 1; 3 later.")
    @Outcome(id = "13, 0, 1", expect = ACCEPTABLE, desc = "Consumer handled 1 and 3 during the race.")
    @Outcome(id = ".*2.*", expect = FORBIDDEN, desc = "The aborted command was delivered.")
    @Outcome(id = ".*9.*", expect = FORBIDDEN, desc = "A partially written or corrupt message was handled.")
    @Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "Counters disagree: a command lost, duplicated or rejected.")
    @Outcome(expect = FORBIDDEN, desc = "Reordered, duplicated or lost command.")
    @State
    public static class Abort extends Protocol {
        private boolean sent;

        /** Script worker: three API calls, the second failing while writing its command. */
        @Actor
        public void producer() {
            sent = send(1, true) & send(2, false) & send(3, true);
        }

        /** Main thread: two main frames' command drains. */
        @Actor
        public void consumer(III_Result r) {
            drainPending();
            drainPending();
            r.r1 = takeSeen();
        }

        /** After both actors. */
        @Arbiter
        public void arbiter(III_Result r) {
            finish(r, 2, sent);
        }
    }
}
