package dev.playbook.bench.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealisticPlaybookTest {
    @TempDir
    Path temp;

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void looksLikeARealHandbookAndIsTheSameForTheSameSeed() throws IOException {
        new RealisticPlaybook(300, 7).writeTo(temp.resolve("a"));
        new RealisticPlaybook(300, 7).writeTo(temp.resolve("b"));
        Map<String, String> a = tree(temp.resolve("a"));
        Map<String, String> b = tree(temp.resolve("b"));
        assertEquals(a, b);

        List<String> pages = a.keySet().stream().filter(p -> p.endsWith(".md")).toList();
        assertEquals(300, pages.size(), "the same pages as the clean corpus, some moved");
        List<String> plain = pages.stream().filter(p -> !p.equals("index.md") && !p.endsWith("/_index.md")).toList();
        assertTrue(a.get("playbook.yml").endsWith("checks:\n  links: warning\n"));
        long broken = a.values().stream().mapToLong(text -> text.split("\\(\\.\\./legacy/old-guide-", -1).length - 1).sum();
        assertEquals(RealisticPlaybook.BROKEN_LINKS_PER_PAGE * plain.size(), broken);
        long deep = plain.stream().filter(p -> p.contains("/" + RealisticPlaybook.DEEP)).count();
        assertEquals((plain.size() + 12) / 25, deep, "one page in 25 four folders deeper");
        long large = plain.stream().filter(p -> a.get(p).length() >= RealisticPlaybook.LARGE_PAGE_BYTES).count();
        assertEquals(3, large, "one page in a hundred past 200 KB");
        assertTrue(plain.stream().filter(p -> a.get(p).contains("<div class=\"note\">")).count() >= plain.size() / 3);
        assertTrue(plain.stream().filter(p -> a.get(p).contains("|---|---|---|---|")).count() >= plain.size() / 2);
        assertTrue(plain.stream().filter(p -> a.get(p).contains("\nowner: ")).count() >= plain.size() / 3);
        // The front matter stays one block: the added fields before its closing line.
        for (String page : plain) {
            String text = a.get(page);
            assertTrue(text.startsWith("---\n") && text.indexOf("\n---\n") > 0, page);
            assertTrue(Arrays.stream(text.substring(0, text.indexOf("\n---\n")).split("\n")).noneMatch(String::isBlank), page);
        }
    }
}
