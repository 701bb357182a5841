package dev.polyframe.script.api;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;

/**
 * The checks of bulk calls ({@code entity.setPositions(handles, values)} and friends), the same rules as the single
 * calls applied element by element: the first bad element fails the whole call with one error naming its index
 * ({@code "entity.setPositions: values[7] is NaN"}), before anything is enqueued.
 *
 * <p>Stateless; script worker thread (like every interface). Liveness of handles is {@link EntityAPI}'s to check.
 */
final class BulkArguments {
    private BulkArguments() {
    }

    /**
     * @param raw the handles as the script passed them
     * @return them as longs
     * @throws ScriptApiException of kind HANDLE naming {@code handles[i]} when an element is no handle (NaN,
     *     fractional, below 1, 2^53 or above)
     */
    static long[] handles(String method, double[] raw) {
        long[] out = new long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double h = raw[i];
            if (!(h >= 1 && h <= ScriptType.MAX_HANDLE && h == Math.rint(h))) {
                throw new ScriptApiException(ScriptApiException.Kind.HANDLE, method, "handles[" + i + "]="
                        + ScriptValue.displayNumber(h) + " is not a valid handle");
            }
            out[i] = (long) h;
        }
        return out;
    }

    /**
     * @param stride numbers per handle
     * @throws ScriptApiException of kind TYPE when {@code values} does not hold {@code stride} numbers per handle
     */
    static void length(String method, double[] values, int handles, int stride, String layout) {
        if (values.length != (long) handles * stride) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, "values.length=" + values.length
                    + ", expected " + stride + " per handle (" + layout + ") x " + handles + " handles = "
                    + (long) handles * stride);
        }
    }

    /** @throws ScriptApiException of kind RANGE naming {@code values[i]} when an element is NaN or infinite */
    static void finite(String method, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                        "values[" + i + "] is " + ScriptValue.displayNumber(values[i]) + ", not a finite number");
            }
        }
    }

    /**
     * Packs RGBA colours given as fractions: each component 0..1 becomes {@code round(c * 255)}, so 1.0 is 255 as
     * in {@code setColor}.
     *
     * @param values four components per colour, {@code [r0, g0, b0, a0, r1, ...]}
     * @return one {@code 0xRRGGBBAA} per colour
     * @throws ScriptApiException of kind RANGE naming {@code values[i]} when a component is NaN or outside 0..1
     */
    static int[] colors(String method, double[] values) {
        int[] out = new int[values.length / 4];
        for (int i = 0; i < values.length; i++) {
            double c = values[i];
            if (!(c >= 0 && c <= 1)) {
                throw new ScriptApiException(ScriptApiException.Kind.RANGE, method,
                        "values[" + i + "]=" + ScriptValue.displayNumber(c) + " must be within 0..1");
            }
            out[i >> 2] |= (int) Math.round(c * 255) << (24 - 8 * (i & 3));
        }
        return out;
    }
}
