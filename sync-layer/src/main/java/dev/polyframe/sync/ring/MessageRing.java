package dev.polyframe.sync.ring;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.BitUtil;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.ControlledMessageHandler;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RecordDescriptor;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * One direction of traffic between the script worker and the main thread: an Agrona {@link OneToOneRingBuffer} on
 * an off-heap buffer, plus counters.
 *
 * <p>Threads: exactly one producer thread calls {@link #tryClaim}, {@link #commit} and {@link #abort}; exactly one
 * consumer thread calls {@link #drain}. Counters may be read from any thread. The command ring's producer is the
 * script worker and its consumer the main thread; the event ring is the other way round.
 *
 * <p>Hot path: no allocation, no exceptions; a full ring is reported as {@link #FULL} and counted as rejected.
 */
public final class MessageRing {
    /** Returned by {@link #tryClaim} when the ring has no room for the message now. */
    public static final int FULL = -1;
    /** Returned by {@link #tryClaim} when the message is longer than {@link #maxMessageLength()}, ever. */
    public static final int TOO_LONG = -2;

    private final String name;
    private final OneToOneRingBuffer ring;
    private final int capacity;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong consumed = new AtomicLong();
    private final BudgetedHandler budgeted = new BudgetedHandler();
    private volatile long budgetStops;
    private volatile int maxBytesPending;

    /**
     * @param name for messages and metrics, for example {@code "commands"}
     * @param capacityBytes payload capacity in bytes, a power of two of at least 1024; a 40-byte body takes 48
     *     bytes (8-byte header, 8-byte alignment)
     * @throws IllegalArgumentException when the capacity is not a power of two or too small
     */
    public MessageRing(String name, int capacityBytes) {
        if (capacityBytes < 1024 || Integer.bitCount(capacityBytes) != 1) {
            throw new IllegalArgumentException(
                    "MessageRing: capacityBytes=" + capacityBytes + " must be a power of two >= 1024");
        }
        this.name = name;
        this.capacity = capacityBytes;
        ByteBuffer bytes = ByteBuffer.allocateDirect(capacityBytes + RingBufferDescriptor.TRAILER_LENGTH);
        this.ring = new OneToOneRingBuffer(new UnsafeBuffer(bytes));
    }

    /** @return the ring's name */
    public String name() {
        return name;
    }

    /** @return payload capacity in bytes */
    public int capacity() {
        return capacity;
    }

    /**
     * Claims room for one message. On success the caller writes the body at the returned index in
     * {@link #buffer()} and must then {@link #commit} or {@link #abort} it (in a {@code finally}): an open claim
     * blocks the consumer.
     *
     * @param typeId message type id, at least 1
     * @param length body length in bytes
     * @return the index of the body in {@link #buffer()}, {@link #FULL} (counted as rejected) or
     *     {@link #TOO_LONG}
     */
    public int tryClaim(int typeId, int length) {
        if (length > ring.maxMsgLength()) {
            return TOO_LONG;
        }
        int index = ring.tryClaim(typeId, length);
        if (index < 0) {
            rejected.incrementAndGet();
            return FULL;
        }
        return index;
    }

    /**
     * Whether {@code count} messages of {@code length} body bytes each, then one of {@code lastLength}, would all be
     * claimed now, in order. Producer thread: the consumer only frees room, so a {@code true} answer holds until this
     * producer claims. Conservative by one message: Agrona pads to the end of the buffer when a message would wrap,
     * which costs at most one message's room. A {@code false} answer counts as a rejected claim.
     *
     * @param count full messages, at least 0
     * @param length body bytes of each full message
     * @param lastLength body bytes of the last message, 0 for none
     * @return whether every claim would succeed
     */
    public boolean hasRoomFor(int count, int length, int lastLength) {
        long full = claimCost(length);
        long last = lastLength > 0 ? claimCost(lastLength) : 0;
        long needed = count * full + last + Math.max(full, last);
        if (needed <= capacity - (long) ring.size()) {
            return true;
        }
        rejected.incrementAndGet();
        return false;
    }

    private static long claimCost(int length) {
        return BitUtil.align(length + RecordDescriptor.HEADER_LENGTH, RecordDescriptor.ALIGNMENT);
    }

    /** @return the longest body one message may have, bytes (an eighth of the capacity, Agrona's rule) */
    public int maxMessageLength() {
        return ring.maxMsgLength();
    }

    /** @return the buffer claimed bodies live in */
    public MutableDirectBuffer buffer() {
        return ring.buffer();
    }

    /** Publishes a claimed message to the consumer. Producer thread only. */
    public void commit(int index) {
        ring.commit(index);
        submitted.incrementAndGet();
    }

    /** Gives a claimed slot back without publishing it. Producer thread only. */
    public void abort(int index) {
        ring.abort(index);
    }

    /**
     * Reads up to {@code limit} messages in order, across the end of the buffer. Consumer thread only.
     *
     * @return the number of messages handled
     */
    public int drain(MessageHandler handler, int limit) {
        int count = ring.read(handler, limit);
        if (count < limit) {
            // One Agrona read stops at the end of the buffer; the rest, if any, starts at index 0.
            count += ring.read(handler, limit - count);
        }
        if (count > 0) {
            consumed.addAndGet(count);
        }
        return count;
    }

    /**
     * Reads up to {@code limit} messages in order, across the end of the buffer, and stops early once
     * {@code budgetNanos} have passed (checked after the first message, then every 32), so a flood cannot hold the
     * consumer: the rest stay in the ring, in order, for the next drain. Consumer thread only; allocates nothing.
     *
     * @param limit most messages to handle, for example those present when the drain started
     * @param budgetNanos time budget, nanoseconds; the message being handled when it runs out completes
     * @return the number of messages handled
     */
    public int drain(MessageHandler handler, int limit, long budgetNanos) {
        int pending = ring.size();
        if (pending > maxBytesPending) {
            maxBytesPending = pending;
        }
        budgeted.start(handler, System.nanoTime() + budgetNanos);
        int count = ring.controlledRead(budgeted, limit);
        if (count < limit && !budgeted.exhausted) {
            // One Agrona read stops at the end of the buffer; the rest, if any, starts at index 0.
            count += ring.controlledRead(budgeted, limit - count);
        }
        if (budgeted.exhausted && count < limit && ring.size() > 0) {
            budgetStops++;
        }
        if (count > 0) {
            consumed.addAndGet(count);
        }
        return count;
    }

    /**
     * Calls the delegate and breaks the read once the deadline has passed, reading the clock every
     * {@value #CLOCK_EVERY} messages (a clock read costs about as much as applying a command); consumer thread only.
     */
    private static final class BudgetedHandler implements ControlledMessageHandler {
        private static final int CLOCK_EVERY = 32;
        private MessageHandler delegate;
        private long deadlineNanos;
        private boolean exhausted;
        private int untilClock;

        void start(MessageHandler handler, long deadline) {
            delegate = handler;
            deadlineNanos = deadline;
            exhausted = false;
            untilClock = 1;
        }

        @Override
        public Action onMessage(int typeId, MutableDirectBuffer buffer, int index, int length) {
            delegate.onMessage(typeId, buffer, index, length);
            if (--untilClock > 0) {
                return Action.CONTINUE;
            }
            untilClock = CLOCK_EVERY;
            if (System.nanoTime() - deadlineNanos >= 0) {
                exhausted = true;
                return Action.BREAK;
            }
            return Action.CONTINUE;
        }
    }

    /** @return budgeted drains that ran out of time with messages left for the next one; any thread */
    public long budgetStops() {
        return budgetStops;
    }

    /** @return the fullest the consumer has seen the ring at the start of a budgeted drain, 0..1; any thread */
    public double maxUtilisation() {
        return (double) maxBytesPending / capacity;
    }

    /** @return how full the ring is now, 0..1, approximate when read by the producer; any thread */
    public double utilisation() {
        return (double) ring.size() / capacity;
    }

    /** @return messages committed by the producer since creation */
    public long submitted() {
        return submitted.get();
    }

    /** @return claims refused because the ring was full */
    public long rejected() {
        return rejected.get();
    }

    /** @return messages handled by the consumer */
    public long consumed() {
        return consumed.get();
    }

    /** @return bytes waiting to be consumed, approximately when read by the producer */
    public int bytesPending() {
        return ring.size();
    }
}
