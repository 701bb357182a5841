package dev.polyframe.script.polyglot;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A read-only guest view of a flat {@code double[]}, handed to a prelude helper that copies it into the language's
 * own array (a JS {@code Float64Array}, a Python list) in one guest loop: a bulk read never passes thousands of
 * arguments. Script worker thread only, like the context it is passed to.
 */
public final class NumberArray implements ProxyArray {
    private final double[] values;

    /** @param values the numbers, not copied */
    public NumberArray(double[] values) {
        this.values = values;
    }

    @Override
    public Object get(long index) {
        return values[(int) index];
    }

    /** @throws UnsupportedOperationException always: the view is read-only */
    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("NumberArray.set: index=" + index + ": the array is read-only");
    }

    @Override
    public long getSize() {
        return values.length;
    }
}
