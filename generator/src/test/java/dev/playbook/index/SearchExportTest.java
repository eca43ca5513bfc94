package dev.playbook.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static export read back in Java, file by file, against the Lucene index it was made from:
 * heads, full postings and scores must give Lucene's own ranking; names carry the content's hash;
 * display data points at real pages and headings.
 */
class SearchExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCRIPT = Pattern.compile("^PlaybookSearch\\.deliver\\(\"([a-z0-9-]+)\",(.*)\\);\\n$", Pattern.DOTALL);

    @TempDir
    static Path temp;

    private static TestPlaybook site;
    private static JsonNode manifest;

    @BeforeAll
    static void build() throws IOException {
        site = corpus(temp.resolve("corpus"), 160, new Random(5));
        TestPlaybook.Result result = site.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        manifest = read("search/manifest.js", "manifest");
    }

    @Test
    void everyTermRanksAsLuceneRanksIt() throws IOException {
        double scale = manifest.get("scale").asDouble();
        Map<String, int[][]> full = fullPostings();
        int checked = 0;
        try (SectionSearcher searcher = SectionSearcher.open(site.site())) {
            for (JsonNode shardName : manifest.get("shards")) {
                JsonNode shard = data(shardName.asText());
                for (int t = 0; t < shard.get("terms").size(); t++) {
                    String term = shard.get("terms").get(t).asText();
                    int df = shard.get("df").get(t).asInt();
                    int[] head = CompactInts.decode(shard.get("heads").get(t).asText());
                    List<int[]> ranked = headRanking(head);
                    assertEquals(Math.min(df, manifest.get("head").asInt()), ranked.size(), term);
                    int postingsFile = shard.get("full").get(t).asInt();
                    if (postingsFile >= 0) {
                        int[][] postings = full.get(term);
                        assertEquals(df, postings.length, term);
                        List<int[]> all = new ArrayList<>(List.of(postings));
                        all.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
                        for (int i = 0; i < ranked.size(); i++) {
                            assertArrayEquals(all.get(i), ranked.get(i), term + " head #" + i + " is the full list's");
                        }
                    } else {
                        assertTrue(df <= manifest.get("head").asInt(), term);
                    }
                    List<SectionSearcher.Ranked> lucene = searcher.rank(List.of(List.of(term)), 1000);
                    assertEquals(df, lucene.size(), term);
                    for (int i = 0; i < Math.min(10, df); i++) {
                        SectionSearcher.Ranked expected = lucene.get(i);
                        assertEquals(expected.score() * scale, ranked.get(i)[1], 0.5 + 1e-3, term + " #" + i + " score");
                        if (expected.section() != ranked.get(i)[0]) {
                            // Only sections whose scores the rounding cannot tell apart may change places.
                            int at = i;
                            float score = lucene.stream().filter(r -> r.section() == ranked.get(at)[0]).findFirst()
                                    .map(SectionSearcher.Ranked::score).orElse(-1f);
                            assertTrue(Math.abs(score - expected.score()) * scale <= 1, term + " #" + i + ": section "
                                    + ranked.get(i)[0] + " (" + score + ") where Lucene has " + expected);
                        }
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "terms checked: " + checked);
        assertFalse(full.isEmpty(), "common words have more sections than a head holds");
    }

    @Test
    void filesAreNamedByTheirContentAndStayWithinTheBudget() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(site.site().resolve("search/data"))) {
            files = list.sorted().toList();
        }
        int pages = manifest.get("pages").asInt();
        assertTrue(files.size() + 1 <= Math.max(SearchExport.MIN_FILES, pages / SearchExport.PAGES_PER_FILE), files.size() + " files");
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher script = SCRIPT.matcher(text);
            assertTrue(script.matches(), file.toString());
            String name = file.getFileName().toString().replace(".js", "");
            assertEquals(name, script.group(1));
            assertEquals(name.substring(2), contentHash(script.group(2)).substring(0, 12), "the name is the payload's hash");
        }
        List<String> referenced = new ArrayList<>();
        for (String part : List.of("shards", "postings", "blocks")) {
            manifest.get(part).forEach(n -> referenced.add(n.asText()));
        }
        referenced.add(manifest.get("facets").asText());
        assertEquals(files.stream().map(f -> f.getFileName().toString().replace(".js", "")).sorted().toList(),
                referenced.stream().sorted().toList(), "the manifest names every file, and only those");
    }

    @Test
    void displayDataLeadsToRealPagesAndHeadings() throws IOException {
        Map<String, Document> pages = new HashMap<>();
        int sections = 0;
        for (JsonNode blockName : manifest.get("blocks")) {
            JsonNode block = data(blockName.asText());
            int first = block.get("first").asInt();
            for (int i = 0; i < block.get("docs").size(); i++) {
                JsonNode doc = block.get("docs").get(i);
                assertEquals(first + i, doc.get(0).asInt());
                JsonNode page = block.get("pages").get(doc.get(1).asInt());
                String url = page.get(2).asText();
                Document html = pages.computeIfAbsent(url, u -> Jsoup.parse(site.output(u)));
                assertEquals(page.get(1).asText() + " · Test Playbook", html.title());
                String anchor = doc.get(2).asText();
                if (!anchor.isEmpty()) {
                    assertEquals(doc.get(3).asText(), html.getElementById(anchor).ownText(), url + "#" + anchor);
                }
                assertFalse(block.get("leads").get(i).asText().isBlank(), url + "#" + anchor);
                sections++;
            }
        }
        assertEquals(manifest.get("sections").asInt(), sections, "the blocks hold every section once, in order");
    }

    @Test
    void aSnippetShowsTheTermWhereItOccurs() throws IOException {
        Map<Integer, String> leads = new HashMap<>();
        for (JsonNode blockName : manifest.get("blocks")) {
            JsonNode block = data(blockName.asText());
            for (int i = 0; i < block.get("leads").size(); i++) {
                leads.put(block.get("first").asInt() + i, block.get("leads").get(i).asText());
            }
        }
        int withTerm = 0;
        int shown = 0;
        for (JsonNode shardName : manifest.get("shards")) {
          JsonNode shard = data(shardName.asText());
          for (int t = 0; t < shard.get("terms").size(); t++) {
            String stem = shard.get("terms").get(t).asText();
            if (!stem.matches("[a-z]{4,}") || stem.equals("text") || stem.equals("step")) {
                continue; // titles' numbers and words every section opens with
            }
            for (JsonNode entry : shard.get("shown").get(t)) {
                String snippet = entry.get(1).asText().toLowerCase(java.util.Locale.ROOT);
                assertTrue(snippet.length() <= Snippets.LENGTH + 12, snippet);
                int section = shard.get("docs").get(entry.get(0).asInt()).get(0).asInt();
                // Around the word where the body has it; else (a title or heading match) the section's opening.
                boolean around = snippet.contains(stem.substring(0, 4));
                assertTrue(around || snippet.equals(leads.get(section).toLowerCase(java.util.Locale.ROOT)), stem + ": " + snippet);
                withTerm += around ? 1 : 0;
                shown++;
            }
          }
        }
        assertTrue(shown > 100, "snippets: " + shown);
        assertTrue(withTerm * 2 >= shown, withTerm + " of " + shown + " snippets show their term");
    }

    @Test
    void sameInputSameExportAndAnEditChangesIt() throws IOException {
        // Lucene's own files included: its segments carry no random id, time or machine (issue 15).
        Map<String, byte[]> first = TestPlaybook.snapshot(site.site().resolve("search"));
        assertTrue(first.keySet().stream().anyMatch(path -> path.startsWith("lucene/")), first.keySet()::toString);
        TestPlaybook again = corpus(temp.resolve("again"), 160, new Random(5));
        assertEquals(0, again.build("-q").exitCode());
        Map<String, byte[]> second = TestPlaybook.snapshot(again.site().resolve("search"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        again.file("guides/guide-000.md", "---\ntitle: Zebra crossings\ntype: guide\n---\n\nZebra zebra.\n");
        assertEquals(0, again.build("-q").exitCode());
        String manifestAfter = Files.readString(again.site().resolve("search/manifest.js"));
        assertNotEquals(new String(first.get("manifest.js"), StandardCharsets.UTF_8), manifestAfter);
        try (Stream<Path> list = Files.list(again.site().resolve("search/data"))) {
            assertEquals(first.keySet().stream().filter(p -> p.startsWith("data/")).count(), list.count() + 0L,
                    "old hashed files are removed, not left behind");
        }
    }

    /** Head pairs (section, impact delta) as (section, impact). */
    private static List<int[]> headRanking(int[] head) {
        List<int[]> ranked = new ArrayList<>();
        int impact = 0;
        for (int i = 0; i < head.length; i += 2) {
            impact = i == 0 ? head[1] : impact - head[i + 1];
            ranked.add(new int[] {head[i], impact});
        }
        return ranked;
    }

    private static Map<String, int[][]> fullPostings() throws IOException {
        Map<String, int[][]> full = new HashMap<>();
        for (JsonNode name : manifest.get("postings")) {
            JsonNode file = data(name.asText());
            for (int t = 0; t < file.get("terms").size(); t++) {
                int[] pairs = CompactInts.decode(file.get("postings").get(t).asText());
                int[] impacts = CompactInts.decode(file.get("impacts").get(t).asText());
                for (int i = 1; i < impacts.length; i++) {
                    assertTrue(impacts[i - 1] > impacts[i], "distinct impacts, best first");
                }
                int[][] postings = new int[pairs.length / 2][];
                int section = 0;
                for (int i = 0; i < pairs.length; i += 2) {
                    section += pairs[i];
                    postings[i / 2] = new int[] {section, impacts[pairs[i + 1]]};
                }
                full.put(file.get("terms").get(t).asText(), postings);
            }
        }
        return full;
    }

    private static JsonNode data(String name) throws IOException {
        return read("search/data/" + name + ".js", name);
    }

    private static JsonNode read(String path, String name) throws IOException {
        Matcher script = SCRIPT.matcher(site.output(path));
        assertTrue(script.matches(), path);
        assertEquals(name, script.group(1));
        return JSON.readTree(script.group(2));
    }

    /** XXH3-128 of the payload's length and UTF-8 bytes, as 32 hex digits: how export files are named. */
    private static String contentHash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        com.dynatrace.hash4j.hashing.HashValue128 value = com.dynatrace.hash4j.hashing.Hashing.xxh3_128().hashStream()
                .putInt(bytes.length).putBytes(bytes).get();
        return String.format("%016x%016x", value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    /** Guide pages of Zipf-distributed words, four sections each. */
    static TestPlaybook corpus(Path root, int pages, Random random) {
        String[] words = ("refund receipt approve credit customer parcel damaged courier delay apology manager store "
                + "exchange voucher goodwill gesture loyalty member return window policy warranty repair replace order "
                + "delivery address payment method card charge twice cancel collect stock check history note case team "
                + "lead call back email confirm photo claim bike tent boot size fit wide narrow trail weather rain "
                + "season sale price match promise escalate complaint listen empathy greet thank follow update").split(" ");
        TestPlaybook playbook = TestPlaybook.in(root);
        for (int p = 0; p < pages; p++) {
            StringBuilder page = new StringBuilder("---\ntitle: Guide ").append(p).append(' ').append(word(words, random))
                    .append("\ntype: guide\n---\n\n").append(text(words, random, 30)).append(".\n");
            for (int s = 0; s < 4; s++) {
                page.append("\n## ").append(word(words, random)).append(" step ").append(s).append("\n\n")
                        .append(text(words, random, 20 + random.nextInt(60))).append(".\n");
            }
            playbook.file(String.format("guides/guide-%03d.md", p), page.toString());
        }
        return playbook;
    }

    private static String text(String[] words, Random random, int length) {
        StringBuilder text = new StringBuilder("Text");
        for (int i = 0; i < length; i++) {
            text.append(' ').append(word(words, random));
        }
        return text.toString();
    }

    /** Rank r drawn with probability proportional to 1/(r+1). */
    private static String word(String[] words, Random random) {
        double total = 0;
        for (int r = 0; r < words.length; r++) {
            total += 1.0 / (r + 1);
        }
        double x = random.nextDouble() * total;
        for (int r = 0; r < words.length; r++) {
            x -= 1.0 / (r + 1);
            if (x <= 0) {
                return words[r];
            }
        }
        return words[words.length - 1];
    }
}
