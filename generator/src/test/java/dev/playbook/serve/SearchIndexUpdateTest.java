package dev.playbook.serve;

import dev.playbook.index.SearchSchema;
import dev.playbook.testing.TestPlaybook;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: {@code serve} updates the Lucene index page by page instead of making it again, and the
 * updated index holds the same sections in the same order as a full build's, so the browser's
 * export and the searches are the same. Pages squeezed again and again into one place of the
 * reading order use up the room between two pages' order keys; the index is then made afresh.
 */
class SearchIndexUpdateTest {

    @TempDir
    Path root;

    @Test
    void pagesInsertedAtOnePlaceIndexLikeAFullBuildUntilTheIndexIsMadeAfresh() throws Exception {
        TestPlaybook playbook = TestPlaybook.in(root)
                .file("index.md", "# Home\n\nWelcome to the refund desk.\n")
                .file("stories/aa.md", story("Aa", "The first refund, for a parcel."))
                .file("stories/zz.md", story("Zz", "The last refund, for a train fare."));
        Path served = root.resolve("served");
        SiteSession session = new SiteSession(IncrementalBuildTest.options(playbook.source(), served));
        assertTrue(session.build(false).published());
        int updates = 0;
        int fresh = 0;
        // "Az", "Ay", ... "Ab": each sorts between "Aa" and the one before, halving the same gap.
        for (char c = 'z'; c >= 'b'; c--) {
            playbook.file("stories/a" + c + ".md", story("A" + c, "Refund number " + c + " of many, for a parcel."));
            SiteSession.Outcome late = session.build(false);
            assertTrue(late.published(), late.problems()::toString);
            updates += late.stageMillis().containsKey("index: update") ? 1 : 0;
            fresh += late.stageMillis().containsKey("index: fresh") ? 1 : 0;
            Path full = root.resolve("full-" + c);
            TestPlaybook.Result built = TestPlaybook.run("build", "--source", playbook.source().toString(), "--out",
                    full.toString(), "--drafts", "--date", "2026-10-01", "-q");
            assertEquals(0, built.exitCode(), built::all);
            String release = playbook.release();
            Path expected = full.resolve(release);
            Path actual = served.resolve(release);
            assertEquals(urls(expected), urls(actual), "A" + c + ": sections in the index, in order");
            Map<String, byte[]> expectedExport = TestPlaybook.snapshot(expected.resolve("search"));
            Map<String, byte[]> actualExport = TestPlaybook.snapshot(actual.resolve("search"));
            expectedExport.keySet().removeIf(path -> path.startsWith("lucene/"));
            actualExport.keySet().removeIf(path -> path.startsWith("lucene/"));
            assertEquals(expectedExport.keySet(), actualExport.keySet(), "A" + c + ": export files");
            String page = "A" + c;
            expectedExport.forEach((path, bytes) -> assertArrayEquals(bytes, actualExport.get(path), page + ": " + path));
            IncrementalBuildTest.assertSameSearch(expected, actual, "A" + c);
        }
        assertTrue(updates >= 14, "updates: " + updates);
        assertTrue(fresh >= 1, "the order keys between Aa and Az ran out, so the index was made afresh at least once");
    }

    private static String story(String title, String body) {
        return "---\ntype: story\n---\n# " + title + "\n\n" + body + "\n";
    }

    /** The sections of an index by document id. */
    private static List<String> urls(Path release) throws IOException {
        try (FSDirectory directory = FSDirectory.open(release.resolve(SearchSchema.FOLDER));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(reader.maxDoc(), reader.numDocs(), "no deleted documents");
            StoredFields stored = reader.storedFields();
            List<String> urls = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                urls.add(stored.document(doc).get(SearchSchema.URL));
            }
            return urls;
        }
    }
}
