package dev.polyframe.script.polyglot;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Turns a byte stream (a context's stdout/stderr, the engine log) into SLF4J log lines, one per {@code '\n'}; bytes
 * are decoded as UTF-8, a trailing {@code '\r'} is dropped, and {@link #close()} emits an unterminated last line.
 * Thread-safe (synchronized), because engine logs may come from compiler threads; console output comes from the
 * script worker. Never throws on write.
 */
public final class LogOutputStream extends OutputStream {
    private final Logger logger;
    private final Level level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    /**
     * @param loggerName the SLF4J logger every line goes to
     * @param level the level of every line
     * @throws IllegalArgumentException when {@code loggerName} or {@code level} is {@code null}
     */
    public LogOutputStream(String loggerName, Level level) {
        if (loggerName == null || level == null) {
            throw new IllegalArgumentException("LogOutputStream: loggerName=" + loggerName + ", level=" + level
                    + " must both be given");
        }
        this.logger = LoggerFactory.getLogger(loggerName);
        this.level = level;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        logger.atLevel(level).log(text);
    }
}
