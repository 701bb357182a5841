package dev.polyframe.render.gl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden-image comparison itself, on synthetic images (no GL): what counts as equal, what fails, and what a
 * failure leaves behind. Uses a reference written under {@code src/test/resources/golden/} and deletes it after.
 */
class GoldenImagesTest {
    private static final String NAME = "selftest-square";
    private static final Path REFERENCE = Path.of("src", "test", "resources", "golden", NAME + ".png");
    private static final int SIZE = 40;

    @AfterEach
    void removeReference() throws IOException {
        Files.deleteIfExists(REFERENCE);
    }

    /** A grey image with a red square of {@code side} pixels at {@code (x, y)}; every pixel offset by {@code bias}. */
    private static Pixels square(int x, int y, int side, int bias) {
        byte[] rgba = new byte[SIZE * SIZE * 4];
        for (int py = 0; py < SIZE; py++) {
            for (int px = 0; px < SIZE; px++) {
                boolean in = px >= x && px < x + side && py >= y && py < y + side;
                int i = (py * SIZE + px) * 4;
                rgba[i] = (byte) ((in ? 220 : 40) + bias);
                rgba[i + 1] = (byte) (40 + bias);
                rgba[i + 2] = (byte) (40 + bias);
                rgba[i + 3] = (byte) 255;
            }
        }
        return new Pixels(rgba, SIZE, SIZE);
    }

    private static void writeReference(Pixels pixels) {
        System.setProperty(GoldenImages.UPDATE_PROPERTY, "true");
        try {
            GoldenImages.assertMatches(NAME, pixels);
        } finally {
            System.clearProperty(GoldenImages.UPDATE_PROPERTY);
        }
    }

    @Test
    void shouldRoundTripAReferenceAndAcceptDifferencesWithinTheChannelTolerance() {
        writeReference(square(10, 10, 12, 0));
        assertEquals(220, GoldenImages.read(REFERENCE).r(12, 12), "the PNG keeps the pixels");
        assertDoesNotThrow(() -> GoldenImages.assertMatches(NAME, square(10, 10, 12, GoldenImages.CHANNEL_TOLERANCE)));
    }

    @Test
    void shouldFailAMovedShapeAndWriteTheActualAndDiffImages() {
        writeReference(square(10, 10, 12, 0));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> GoldenImages.assertMatches(NAME, square(14, 10, 12, 0)));
        Path actual = Path.of("target", "golden-failures", NAME + "-actual.png").toAbsolutePath();
        Path diff = Path.of("target", "golden-failures", NAME + "-diff.png").toAbsolutePath();
        assertTrue(e.getMessage().contains(actual.toString()) && e.getMessage().contains(diff.toString()),
                e.getMessage());
        assertTrue(e.getMessage().contains("96 pixels"), "4 columns of 12 rows differ on each side: " + e.getMessage());
        assertEquals(220, GoldenImages.read(actual).r(24, 12), "the actual frame as rendered");
        Pixels diffImage = GoldenImages.read(diff);
        assertEquals(255, diffImage.r(11, 12), "a differing pixel is red in the diff");
        assertEquals(0, diffImage.g(11, 12));
        assertTrue(diffImage.r(30, 30) < 100, "a matching pixel is a dim grey: " + diffImage.describe(30, 30));
    }

    @Test
    void shouldFailADifferentSizeAndAMissingReference() {
        assertThrows(AssertionFailedError.class, () -> GoldenImages.assertMatches(NAME, square(0, 0, 1, 0)),
                "no reference yet");
        writeReference(square(10, 10, 12, 0));
        byte[] wide = new byte[(SIZE + 1) * SIZE * 4];
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> GoldenImages.assertMatches(NAME, new Pixels(wide, SIZE + 1, SIZE)));
        assertTrue(e.getMessage().contains("size 41x40"), e.getMessage());
    }
}
