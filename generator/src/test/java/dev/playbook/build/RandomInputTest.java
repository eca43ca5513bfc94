package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random pages mixing real syntax with garbage: the build ends with exit 0 or 1 and a
 * problem per mistake, never a crash, and the same input gives the same findings.
 */
class RandomInputTest {

    private static final List<String> PIECES = List.of(
            "---\n", "title: ", "type: ", "standard", "story", "limits:\n  - role: x\n    up-to: ", "illustrates: [",
            "]\n", "tags: [a, b", "weight: ", "12", "\"", "'", ": ", "- ", "  ", "\t", "\n", "\n\n", "# ", "## How\n",
            "[[", "]]", "[x](", ")", "../", ".md", "#", "{#id}", "> [!NOTE]\n> ", "| a | b |\n|---|---|\n", "```\n",
            "~~~", "<div>", "</div>", "<script>", "{{< x >}}", "{% y %}", "[^1]", "[^1]: n\n", "**", "_", "`", "\\",
            "é", "\u0000", "\uFEFF", "\r\n", "~~", "- [ ] ", "https://example.org", "<", ">", "&", "...", "null");

    @TempDir
    Path dir;

    @Test
    void randomPagesNeverCrashTheBuild() {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n");
        Random random = new Random(20261123);
        for (int page = 0; page < 150; page++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (page % 25 == 7 && bytes.length > 2) {
                bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
            }
            site.bytes("random/page-" + page + ".md", bytes);
        }
        var first = site.build();
        assertTrue(first.exitCode() == 0 || first.exitCode() == 1, first::toString);
        assertTrue(first.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .allMatch(l -> l.matches("^.+?:(\\d+:\\d+: |\\s?)?(error|warning): .+|^.+: (error|warning): .+")), first::toString);
        var second = site.build();
        assertEquals(first.exitCode(), second.exitCode());
        assertEquals(first.err(), second.err(), "the same input gives the same findings");
    }
}
