package dev.playbook.build;

import dev.playbook.index.SearchIndexer;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: {@code build} after a one-page edit redoes only what the edit reached (one body, one
 * block of the search index, the zip's changed entries) and publishes, byte for byte, what a build
 * from nothing into an empty folder publishes: every page, the Lucene index, the search export,
 * the redirect pages and the offline zip. On a generated playbook of three index blocks.
 */
class EditedRebuildTest {

    private static final int PAGES = 2 * SearchIndexer.BLOCK_PAGES + 100;
    private static final int PER_FOLDER = 50;

    @TempDir
    Path temp;

    /** Guides in folders of 50, each with headings and links to its neighbours (one to a heading). */
    private static TestPlaybook corpus(Path root) {
        TestPlaybook site = TestPlaybook.in(root).file("index.md", "---\ntitle: Home\n---\nWelcome to the guides.\n");
        for (int folder = 0; folder * PER_FOLDER < PAGES; folder++) {
            site.file(folderOf(folder) + "/_index.md", "---\ntitle: Section " + folder + "\n---\nGuides of section " + folder + ".\n");
        }
        for (int i = 0; i < PAGES; i++) {
            site.file(pathOf(i), page(i, "Refunds are made within " + (i % 30 + 1) + " days."));
        }
        return site;
    }

    private static String folderOf(int folder) {
        return String.format("sec-%03d", folder);
    }

    private static String pathOf(int page) {
        return folderOf(page / PER_FOLDER) + "/guide-" + page + ".md";
    }

    private static String page(int i, String sentence) {
        int next = (i + 1) % PAGES;
        int far = (i * 7 + 13) % PAGES;
        return "---\ntitle: Guide " + i + "\ntags: [t" + (i % 9) + "]\n---\nGuide " + i + " on customer care. " + sentence
                + "\n\n## When\n\nWhen the parcel " + i + " is late, see [the next guide](../" + pathOf(next) + "#how).\n\n"
                + "## How\n\nCall the customer; read [guide " + far + "](../" + pathOf(far) + ").\n";
    }

    private Map<String, byte[]> fresh(TestPlaybook site) {
        // A folder of the same name: the offline zip names its top folder after the release only, but stay alike.
        Path out = temp.resolve("fresh-" + System.nanoTime()).resolve(site.out().getFileName());
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", site.source().toString(), "--out", out.toString(),
                "--no-cache");
        assertEquals(0, result.exitCode(), result::toString);
        return TestPlaybook.snapshot(out);
    }

    private static TestPlaybook.Result built(TestPlaybook site) {
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static long blockFiles(TestPlaybook site) throws IOException {
        try (Stream<Path> list = Files.list(site.source().resolve(StoredCache.FOLDER))) {
            return list.filter(p -> p.getFileName().toString().startsWith(StoredIndexBlocks.PREFIX)).count();
        }
    }

    @Test
    void aOnePageEditIndexesOneBlockAndPublishesWhatAFreshBuildPublishes() throws IOException {
        TestPlaybook site = corpus(temp.resolve("a"));
        TestPlaybook.Result first = built(site);
        assertTrue(first.err().contains(", 3 index blocks indexed"), first::toString);
        assertEquals(3, blockFiles(site));
        assertTrue(Files.isRegularFile(site.out().resolve(site.release() + ".zip")));

        site.file(pathOf(PAGES / 2), page(PAGES / 2, "Refunds are made within a week, and an EDITEDWORD helps."));
        TestPlaybook.Result edited = built(site);
        assertTrue(edited.err().contains("build cache: 1 bodies rendered"), edited::toString);
        assertTrue(edited.err().contains(", 1 index blocks indexed"), edited::toString);
        assertEquals(3, blockFiles(site), "the block made for the old text is removed");
        assertTrue(site.output(pathOf(PAGES / 2).replace(".md", ".html")).contains("EDITEDWORD"));
        assertSameFiles(fresh(site), site.snapshot());

        // A new page, which moves every page after it to another block or key.
        site.file(folderOf(0) + "/added.md", "---\ntitle: An added guide\n---\nAdded text on refunds.\n");
        built(site);
        assertSameFiles(fresh(site), site.snapshot());
    }
}
