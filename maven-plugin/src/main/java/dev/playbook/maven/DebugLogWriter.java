package dev.playbook.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.Writer;

/** Text written to it reaches Maven's debug log line by line: the generator's {@code --debug} traces under {@code mvn -X}. */
final class DebugLogWriter extends Writer {

    private final Log log;
    private final StringBuilder line = new StringBuilder();

    DebugLogWriter(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void write(char[] text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (text[i] == '\n') {
                log.debug(line.toString());
                line.setLength(0);
            } else if (text[i] != '\r') {
                line.append(text[i]);
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (!line.isEmpty()) {
            log.debug(line.toString());
            line.setLength(0);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
