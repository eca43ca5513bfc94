package dev.playbook.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceTextTest {

    @Test
    void dropsByteOrderMarkAndNormalisesLineEnds() throws Exception {
        byte[] bytes = "\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("a\nb\nc\n", SourceText.decode(bytes, "f.md"));
    }

    @Test
    void reportsTheLineAndColumnOfABadByte() {
        byte[] bytes = {'o', 'k', '\n', 'h', (byte) 0xC3, (byte) 0xA9, 'x', (byte) 0xFF};
        SourceException e = assertThrows(SourceException.class, () -> SourceText.decode(bytes, "f.md"));
        assertEquals("f.md:2:4: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8", e.problem().format());
    }
}
