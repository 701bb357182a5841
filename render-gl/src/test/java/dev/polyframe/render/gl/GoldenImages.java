package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.fail;

import org.lwjgl.stb.STBImage;
import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered frames with reference PNGs committed under {@code src/test/resources/golden/} (read and written
 * with LWJGL's stb_image / stb_image_write). Test thread only.
 *
 * <p>A pixel differs when any channel (r, g, b, a) differs by more than {@link #CHANNEL_TOLERANCE} of 255; an
 * image matches when at most {@link #MAX_DIFFERING_SHARE} of its pixels differ and the sizes agree. The tolerances
 * absorb rounding differences between Mesa versions while a moved, recoloured or missing shape still fails: the
 * smallest shape in the golden scenes covers more than 1 % of the image.
 *
 * <p>On a mismatch the actual frame and a diff image (differing pixels red, the rest a dimmed grey copy of the
 * reference) are written to {@code target/golden-failures/} and both paths are named in the assertion message.
 *
 * <p>To regenerate the references after an intended visual change run the tests with
 * {@code -Dpolyframe.golden.update=true} (see render-gl/README.md), look at the new PNGs, and commit them.
 */
final class GoldenImages {
    /** Largest per-channel difference, 0..255, that still counts as the same pixel. */
    static final int CHANNEL_TOLERANCE = 12;
    /** Largest share of differing pixels, 0..1, that still counts as the same image. */
    static final double MAX_DIFFERING_SHARE = 0.005;
    /** System property that rewrites the references instead of comparing. */
    static final String UPDATE_PROPERTY = "polyframe.golden.update";

    private static final Path REFERENCES = Path.of("src", "test", "resources", "golden");
    private static final Path FAILURES = Path.of("target", "golden-failures");

    private GoldenImages() {
    }

    /**
     * Compares {@code actual} with {@code golden/<name>.png}, or rewrites that file when
     * {@value #UPDATE_PROPERTY} is {@code true}.
     *
     * @param name file name without extension
     * @param actual the rendered frame, RGBA8, top row first
     */
    static void assertMatches(String name, Pixels actual) {
        Path reference = REFERENCES.resolve(name + ".png");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(reference, actual);
            return;
        }
        Path actualFile = FAILURES.resolve(name + "-actual.png");
        if (!Files.exists(reference)) {
            write(actualFile, actual);
            fail("golden " + name + ": no reference " + reference.toAbsolutePath() + "; the actual frame is "
                    + actualFile.toAbsolutePath() + " (run with -D" + UPDATE_PROPERTY + "=true to create it)");
        }
        Pixels expected = read(reference);
        if (expected.width() != actual.width() || expected.height() != actual.height()) {
            write(actualFile, actual);
            fail("golden " + name + ": size " + actual.width() + "x" + actual.height() + " but the reference "
                    + reference.toAbsolutePath() + " is " + expected.width() + "x" + expected.height()
                    + "; actual: " + actualFile.toAbsolutePath());
        }
        byte[] diff = new byte[actual.width() * actual.height() * 4];
        int differing = 0;
        int worst = 0;
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                int delta = Math.max(Math.max(Math.abs(actual.r(x, y) - expected.r(x, y)),
                        Math.abs(actual.g(x, y) - expected.g(x, y))), Math.max(
                        Math.abs(actual.b(x, y) - expected.b(x, y)), Math.abs(actual.a(x, y) - expected.a(x, y))));
                worst = Math.max(worst, delta);
                int i = (y * actual.width() + x) * 4;
                if (delta > CHANNEL_TOLERANCE) {
                    differing++;
                    diff[i] = (byte) 255;
                } else {
                    byte grey = (byte) ((expected.r(x, y) + expected.g(x, y) + expected.b(x, y)) / 6);
                    diff[i] = grey;
                    diff[i + 1] = grey;
                    diff[i + 2] = grey;
                }
                diff[i + 3] = (byte) 255;
            }
        }
        double share = differing / (double) (actual.width() * actual.height());
        if (share > MAX_DIFFERING_SHARE) {
            Path diffFile = FAILURES.resolve(name + "-diff.png");
            write(actualFile, actual);
            write(diffFile, new Pixels(diff, actual.width(), actual.height()));
            fail(String.format("golden %s: %d pixels (%.2f %%) differ by more than %d (worst %d), allowed %.2f %%;"
                    + " actual: %s, diff: %s, reference: %s", name, differing, share * 100, CHANNEL_TOLERANCE,
                    worst, MAX_DIFFERING_SHARE * 100, actualFile.toAbsolutePath(), diffFile.toAbsolutePath(),
                    reference.toAbsolutePath()));
        }
    }

    /** @return the PNG as RGBA8 pixels */
    static Pixels read(Path file) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer w = stack.mallocInt(1);
            IntBuffer h = stack.mallocInt(1);
            IntBuffer channels = stack.mallocInt(1);
            ByteBuffer data = STBImage.stbi_load(file.toString(), w, h, channels, 4);
            if (data == null) {
                throw new UncheckedIOException(new IOException("GoldenImages.read: file=" + file + ": "
                        + STBImage.stbi_failure_reason()));
            }
            try {
                byte[] bytes = new byte[w.get(0) * h.get(0) * 4];
                data.get(0, bytes);
                return new Pixels(bytes, w.get(0), h.get(0));
            } finally {
                STBImage.stbi_image_free(data);
            }
        }
    }

    private static void write(Path file, Pixels pixels) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("GoldenImages.write: cannot create the folder of " + file, e);
        }
        ByteBuffer buffer = MemoryUtil.memAlloc(pixels.width() * pixels.height() * 4);
        try {
            buffer.put(pixels.bytes()).flip();
            if (!STBImageWrite.stbi_write_png(file.toString(), pixels.width(), pixels.height(), 4, buffer,
                    pixels.width() * 4)) {
                throw new UncheckedIOException(new IOException("GoldenImages.write: stbi_write_png failed for "
                        + file));
            }
        } finally {
            MemoryUtil.memFree(buffer);
        }
    }
}
