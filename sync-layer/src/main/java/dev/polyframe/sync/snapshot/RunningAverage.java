package dev.polyframe.sync.snapshot;

/**
 * Mean of the last {@code window} samples (seed 001's RunningAverage). One writer thread; {@link #average()} may
 * be read from any thread and sees a recent value.
 */
final class RunningAverage {
    private final double[] samples;
    private int next;
    private int count;
    private double sum;
    private volatile double average;

    RunningAverage(int window) {
        samples = new double[window];
    }

    void add(double sample) {
        if (count == samples.length) {
            sum -= samples[next];
        } else {
            count++;
        }
        samples[next] = sample;
        sum += sample;
        next = (next + 1) % samples.length;
        average = sum / count;
    }

    double average() {
        return average;
    }
}
