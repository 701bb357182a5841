package dev.polyframe.render.gl;

/**
 * Unpacks colours packed as {@code 0xRRGGBBAA} (8 bits per channel) into floats in 0..1. Stateless; any thread.
 */
final class Rgba {
    private static final float SCALE = 1.0f / 255.0f;

    private Rgba() {
    }

    /** @return the red channel in 0..1 */
    static float red(int rgba) {
        return ((rgba >>> 24) & 0xFF) * SCALE;
    }

    /** @return the green channel in 0..1 */
    static float green(int rgba) {
        return ((rgba >>> 16) & 0xFF) * SCALE;
    }

    /** @return the blue channel in 0..1 */
    static float blue(int rgba) {
        return ((rgba >>> 8) & 0xFF) * SCALE;
    }

    /** @return the alpha channel in 0..1 */
    static float alpha(int rgba) {
        return (rgba & 0xFF) * SCALE;
    }

    /** @return {@code true} when the alpha channel is below 255 and the colour needs blending */
    static boolean translucent(int rgba) {
        return (rgba & 0xFF) != 0xFF;
    }
}
