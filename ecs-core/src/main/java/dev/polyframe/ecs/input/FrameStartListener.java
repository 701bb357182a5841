package dev.polyframe.ecs.input;

/**
 * Called by the engine at the start of every main frame, before the hand-off, on the main thread: the place to
 * inject input ({@link InputInjector}) or drive a scripted timeline. Must not block; an exception it throws ends
 * {@code Engine.run()}.
 */
@FunctionalInterface
public interface FrameStartListener {

    /**
     * @param frame the main frame about to run, starting at 1 (loading frames included)
     * @param scriptIdle {@code true} when the script worker has completed its frame, so this main frame publishes
     *     the snapshot and triggers the next script frame: input injected now is what that script frame sees.
     *     Everything the worker did in its completed frame happens-before this call.
     * @param input injects events into the live input
     */
    void frameStarted(long frame, boolean scriptIdle, InputInjector input);
}
