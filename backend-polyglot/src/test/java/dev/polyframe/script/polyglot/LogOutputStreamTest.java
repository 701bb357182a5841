package dev.polyframe.script.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Reads what slf4j-simple (the test logger, writing to {@code System.err}) prints. */
class LogOutputStreamTest {
    private static final String LOGGER = "dev.polyframe.script.polyglot.test.console";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    @Test
    void shouldLogOneLinePerNewlineWithoutCarriageReturns() throws IOException {
        try (LogOutputStream out = new LogOutputStream(LOGGER, Level.WARN)) {
            out.write("first\r\nsecond\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("WARN " + LOGGER + " - first", "WARN " + LOGGER + " - second"), lines());
        }
    }

    @Test
    void shouldDecodeUtf8AcrossWritesAndLogTheUnterminatedLastLineOnClose() {
        byte[] text = "größer→\nrest".getBytes(StandardCharsets.UTF_8);
        LogOutputStream out = new LogOutputStream(LOGGER, Level.INFO);
        for (byte b : text) {
            out.write(b);
        }
        assertEquals(List.of("INFO " + LOGGER + " - größer→"), lines());
        out.close();
        assertEquals(List.of("INFO " + LOGGER + " - größer→", "INFO " + LOGGER + " - rest"), lines());
    }

    @Test
    void shouldRejectAMissingLoggerOrLevel() {
        assertThrows(IllegalArgumentException.class, () -> new LogOutputStream(null, Level.INFO));
        assertThrows(IllegalArgumentException.class, () -> new LogOutputStream(LOGGER, null));
    }

    /** @return the printed lines, without slf4j-simple's {@code [thread]} prefix */
    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().map(line -> line.replaceFirst("^\\[[^]]*] ", ""))
                .toList();
    }
}
