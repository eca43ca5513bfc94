package dev.playbook.load;

import dev.playbook.diag.Problem;
import dev.playbook.diag.SourcePosition;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes into text the way editors' tools write it: strict UTF-8 (a bad byte is reported
 * at its line and column), an optional byte-order mark dropped, CRLF and CR line ends made LF.
 */
public final class SourceText {

    private SourceText() {
    }

    public static String decode(byte[] bytes, String file) throws SourceException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new SourceException(Problem.error(positionOf(bytes, offset, file), String.format(
                    "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xff)));
        }
        decoder.flush(out);
        out.flip();
        return normalise(out);
    }

    private static String normalise(CharSequence text) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder out = null;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, start, i);
                }
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : text.subSequence(start, text.length()).toString();
    }

    private static SourcePosition positionOf(byte[] bytes, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }
}
