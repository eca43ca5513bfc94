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
        // Five old links a page, each to nothing (or, the one with an anchor, to a heading that is not there).
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(((?:\\.\\./)+)([^)#]*)(#[^)]*)?\\)");
        long broken = 0;
        for (String page : plain) {
            String text = a.get(page);
            String notes = text.substring(text.indexOf("\n## Older notes\n"));
            notes = notes.substring(0, notes.indexOf("\n\n", "\n## Older notes\n".length() + 1));
            java.util.regex.Matcher m = link.matcher(notes);
            int found = 0;
            while (m.find()) {
                found++;
                String target = Path.of(page).getParent().resolve(m.group(1) + m.group(2)).normalize().toString();
                String file = target.endsWith("/") ? target.substring(0, target.length() - 1) + ".md" : target;
                assertTrue(m.group(3) != null || !a.containsKey(file) && !a.containsKey(target + "/_index.md"), page + ": " + m.group());
            }
            assertEquals(RealisticPlaybook.BROKEN_LINKS_PER_PAGE, found, page);
            broken += found;
        }
        assertEquals(RealisticPlaybook.BROKEN_LINKS_PER_PAGE * plain.size(), broken);
        // Raw HTML of every kind, and tables of 150 rows.
        for (String block : RawHtml.BLOCKS) {
            String start = block.substring(0, block.indexOf('%') < 0 ? block.indexOf('>') + 1 : Math.min(block.indexOf('>') + 1, block.indexOf('%')));
            assertTrue(plain.stream().anyMatch(p -> a.get(p).contains(start)), start);
        }
        assertTrue(plain.stream().anyMatch(p -> a.get(p).split("\n\\| \\d{4} \\|", -1).length > RealisticPlaybook.LARGE_TABLE_ROWS));
        for (String field : List.of("\nlastmod: ", "\naliases: ", "\nlayout: page\n", "\nsidebar_position: ", "\nmenu:\n")) {
            assertTrue(plain.stream().anyMatch(p -> a.get(p).substring(0, a.get(p).indexOf("\n---\n", 4)).contains(field)), field);
        }
        long deep = plain.stream().filter(p -> p.contains("/" + RealisticPlaybook.DEEP)).count();
        assertEquals((plain.size() + 12) / 25, deep, "one page in 25 four folders deeper");
        long large = plain.stream().filter(p -> a.get(p).length() >= RealisticPlaybook.LARGE_PAGE_BYTES).count();
        assertEquals(3, large, "one page in a hundred past 200 KB");
        List<String> starts = RawHtml.BLOCKS.stream().map(block -> block.substring(0, block.indexOf(block.charAt(1) == '!' ? '\n' : ' '))).toList();
        assertEquals((plain.size() + 1) / 3, plain.stream().filter(p -> starts.stream().anyMatch(a.get(p)::contains)).count(), "raw HTML on every third page");
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
