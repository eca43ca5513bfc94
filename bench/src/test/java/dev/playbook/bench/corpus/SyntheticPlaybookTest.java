package dev.playbook.bench.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticPlaybookTest {
    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalTrees() throws IOException {
        new SyntheticPlaybook(50, 7).writeTo(temp.resolve("a"));
        new SyntheticPlaybook(50, 7).writeTo(temp.resolve("b"));

        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertTrue(Arrays.equals(a.get(path), b.get(path)), "differs: " + path);
        }
    }

    @Test
    void differentSeedGivesDifferentTree() throws IOException {
        new SyntheticPlaybook(50, 7).writeTo(temp.resolve("a"));
        new SyntheticPlaybook(50, 8).writeTo(temp.resolve("b"));

        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        boolean anyDifference = !a.keySet().equals(b.keySet())
                || a.keySet().stream().anyMatch(path -> !Arrays.equals(a.get(path), b.get(path)));
        assertTrue(anyDifference);
        assertNotEquals(new String(a.get("index.md")), new String(b.get("index.md")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 50, 100, 101, 102, 250})
    void writesExactlyTheRequestedNumberOfPages(int pages) throws IOException {
        Path dir = temp.resolve("p" + pages);
        new SyntheticPlaybook(pages, 1).writeTo(dir);

        List<Path> markdown = markdownFiles(dir);
        assertEquals(pages, markdown.size());
        assertTrue(Files.isRegularFile(dir.resolve("playbook.yml")));
        assertTrue(Files.isRegularFile(dir.resolve("index.md")));
        long sections = (pages - 1 + 99) / 100;
        for (int s = 0; s < sections; s++) {
            assertTrue(Files.isRegularFile(dir.resolve(String.format("sec-%04d/_index.md", s))), "section " + s);
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThrows(IOException.class, () -> new SyntheticPlaybook(5, 1).writeTo(temp));
        assertEquals(List.of(temp.resolve("keep.txt")), Files.list(temp).toList());
    }

    @Test
    void playbookConfigNamesTheSizeAndTheFiveRoles() throws IOException {
        new SyntheticPlaybook(12, 1).writeTo(temp);

        String config = Files.readString(temp.resolve("playbook.yml"));
        assertTrue(config.startsWith("title: Synthetic Playbook 12\n"), config);
        assertTrue(config.contains("release: \"bench\"\n"));
        for (String role : List.of("associate", "agent", "team-lead", "store-manager", "care-manager")) {
            assertTrue(config.contains("  - id: " + role + "\n"), role);
        }
        assertFalse(config.contains("\t"));
    }

    static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
