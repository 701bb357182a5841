package dev.polyframe.render.gl;

/**
 * Read-only view of an RGBA8 image, row 0 at the top, for pixel assertions in tests.
 */
final class Pixels {
    /** The renderer's clear colour (0.10, 0.12, 0.16) in 8 bits. */
    static final int CLEAR_R = 26;
    /** See {@link #CLEAR_R}. */
    static final int CLEAR_G = 31;
    /** See {@link #CLEAR_R}. */
    static final int CLEAR_B = 41;

    /** A test on one pixel's channels, 0..255. */
    @FunctionalInterface
    interface ColorTest {
        boolean test(int r, int g, int b);
    }

    private final byte[] rgba;
    private final int width;
    private final int height;

    Pixels(byte[] rgba, int width, int height) {
        if (rgba.length != width * height * 4) {
            throw new IllegalArgumentException("Pixels: length=" + rgba.length + " for " + width + "x" + height);
        }
        this.rgba = rgba;
        this.width = width;
        this.height = height;
    }

    /** @return the backing RGBA8 bytes (not a copy) */
    byte[] bytes() {
        return rgba;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int r(int x, int y) {
        return channel(x, y, 0);
    }

    int g(int x, int y) {
        return channel(x, y, 1);
    }

    int b(int x, int y) {
        return channel(x, y, 2);
    }

    int a(int x, int y) {
        return channel(x, y, 3);
    }

    /** @return the pixel packed {@code 0xRRGGBBAA} */
    int rgba(int x, int y) {
        return (r(x, y) << 24) | (g(x, y) << 16) | (b(x, y) << 8) | a(x, y);
    }

    private int channel(int x, int y, int c) {
        return rgba[(y * width + x) * 4 + c] & 0xFF;
    }

    String describe(int x, int y) {
        return "(" + x + "," + y + ")=rgba(" + r(x, y) + "," + g(x, y) + "," + b(x, y) + "," + a(x, y) + ")";
    }

    boolean isClear(int x, int y) {
        return Math.abs(r(x, y) - CLEAR_R) <= 2 && Math.abs(g(x, y) - CLEAR_G) <= 2 && Math.abs(b(x, y) - CLEAR_B) <= 2;
    }

    boolean matches(int x, int y, ColorTest test) {
        return test.test(r(x, y), g(x, y), b(x, y));
    }

    /** Counts pixels in {@code [x0, x1) x [y0, y1)} that pass the test. */
    int count(int x0, int y0, int x1, int y1, ColorTest test) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (matches(x, y, test)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Counts matching pixels in the whole image. */
    int count(ColorTest test) {
        return count(0, 0, width, height, test);
    }

    /** @return {minX, minY, maxX, maxY} of matching pixels, or {@code null} when none match */
    int[] bounds(ColorTest test) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matches(x, y, test)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
    }
}
