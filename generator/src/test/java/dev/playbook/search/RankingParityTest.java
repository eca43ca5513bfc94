package dev.playbook.search;

import dev.playbook.browser.Browser;
import dev.playbook.browser.ChromiumInstalled;
import dev.playbook.index.SectionSearcher;
import dev.playbook.releases.ReleaseFolders;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser ranks as Lucene does: the same queries, one to four words from each corpus's own
 * vocabulary, go through Lucene's IndexSearcher over the published index and through the search
 * engine in headless Chromium over the static export; the top ten must be the same sections in
 * the same order, except where Lucene's scores tie (closer than the export's rounding can tell).
 * Two corpora: the sample playbook, and a synthetic one large enough that common words have more
 * sections than a term shard's head, so multi-word queries need the full postings files.
 */
@ExtendWith(ChromiumInstalled.class)
class RankingParityTest {

    private static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    private static final int TOP = 10;

    @TempDir
    static Path temp;

    private static Browser browser;
    private static Path sample;
    private static Path synthetic;
    private static List<String> sampleWords;
    private static List<String> syntheticWords;
    private static Path japanese;
    private static WorldPlaybooks.Corpus japaneseCorpus;
    private static Path russian;
    private static WorldPlaybooks.Corpus russianCorpus;

    @BeforeAll
    static void buildSites() throws IOException {
        sampleWords = vocabulary(REPO.resolve("playbook"));
        TestPlaybook.Result built = TestPlaybook.run("build", "--source", REPO.resolve("playbook").toString(),
                "--out", temp.resolve("sample").toString(), "-q");
        assertEquals(0, built.exitCode(), built::toString);
        sample = ReleaseFolders.find(temp.resolve("sample"), java.util.Optional.empty());
        TestPlaybook playbook = syntheticPlaybook(temp.resolve("synthetic"), sampleWords);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        synthetic = playbook.site();
        syntheticWords = vocabulary(playbook.source());
        japaneseCorpus = WorldPlaybooks.japanese(temp.resolve("japanese"));
        japanese = built(japaneseCorpus.playbook());
        russianCorpus = WorldPlaybooks.russian(temp.resolve("russian"));
        russian = built(russianCorpus.playbook());
        browser = Browser.start();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    private static Path built(TestPlaybook playbook) {
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        return playbook.site();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void samplePlaybookQueries() throws IOException {
        assertSameRanking(sample, queries(sampleWords, new Random(7), 60), false);
    }

    @Test
    void syntheticPlaybookQueries() throws IOException {
        assertSameRanking(synthetic, queries(syntheticWords, new Random(11), 60), false);
    }

    /** As-you-type: the last word also stands for the index terms it begins; Lucene gets the same groups. */
    @Test
    void prefixQueries() throws IOException {
        List<String> typed = new ArrayList<>();
        Random random = new Random(13);
        for (String query : queries(syntheticWords, random, 20)) {
            int cut = Math.max(query.lastIndexOf(' ') + 3, query.length() - random.nextInt(3));
            typed.add(query.substring(0, Math.min(query.length(), cut)));
        }
        assertSameRanking(synthetic, typed, true);
    }

    /** One word as it is typed, a letter at a time: the group alone decides, often from the heads. */
    @Test
    void aWordAsItIsTyped() throws IOException {
        List<String> typed = new ArrayList<>();
        for (String word : syntheticWords.subList(0, 12)) {
            for (int length = 1; length <= Math.min(5, word.length()); length++) {
                typed.add(word.substring(0, length));
            }
        }
        assertSameRanking(synthetic, typed, true);
        assertSameRanking(sample, typed, true);
    }

    /** Japanese (CJK bigrams): words run together as Japanese is written, and apart as some type them. */
    @Test
    void japaneseQueries() throws IOException {
        assertSameRanking(japanese, queries(japaneseCorpus, new Random(17), 60), false);
    }

    @Test
    void japaneseAsItIsTyped() throws IOException {
        List<String> typed = new ArrayList<>();
        for (String query : queries(japaneseCorpus, new Random(19), 30)) {
            for (int length = 1; length <= Math.min(4, query.length()); length++) {
                typed.add(query.substring(0, length));
            }
        }
        assertSameRanking(japanese, typed, true);
    }

    /** Russian (the standard analysis: words lower-cased, nothing stemmed). */
    @Test
    void russianQueries() throws IOException {
        assertSameRanking(russian, queries(russianCorpus, new Random(23), 60), false);
        List<String> typed = new ArrayList<>();
        for (String word : russianCorpus.words().subList(0, 10)) {
            typed.add(word.substring(0, Math.min(4, word.length())));
        }
        assertSameRanking(russian, typed, true);
    }

    @Test
    void theSyntheticCorpusNeedsFullPostings() throws IOException {
        // Otherwise the multi-word queries above would never leave the heads and prove little.
        for (Path site : List.of(synthetic, japanese, russian)) {
            String manifest = Files.readString(site.resolve("search/manifest.js"));
            assertTrue(manifest.contains("\"postings\":[\"p-"), manifest.substring(0, Math.min(400, manifest.length())));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSameRanking(Path site, List<String> queries, boolean prefix) throws IOException {
        browser.open(site.resolve("search.html").toUri().toString());
        browser.await("the search engine", d -> browser.script("return typeof PlaybookSearch === 'object'"
                + " && typeof PlaybookSearch.open === 'function'"));
        List<Map<String, Object>> answers = browser.script("""
                const root = arguments[0], queries = arguments[1], prefix = arguments[2], k = arguments[3];
                return PlaybookSearch.open(root).then(async engine => {
                  const out = [];
                  for (const q of queries) {
                    const r = await engine.rank(q, {k: k, prefix: prefix});
                    out.push({groups: r.groups, hits: r.hits.map(h => [h.section, h.score])});
                  }
                  return out;
                });
                """, site.toUri().toString(), queries, prefix, TOP);
        assertEquals(queries.size(), answers.size());
        String manifest = Files.readString(site.resolve("search/manifest.js"));
        Matcher scaleMatch = Pattern.compile("\"scale\":([0-9.]+)").matcher(manifest);
        assertTrue(scaleMatch.find(), "the manifest names its scale");
        double scale = Double.parseDouble(scaleMatch.group(1));
        List<String> failures = new ArrayList<>();
        int withHits = 0;
        int multiWord = 0;
        try (SectionSearcher searcher = SectionSearcher.open(site)) {
            for (int q = 0; q < queries.size(); q++) {
                List<List<String>> groups = (List<List<String>>) answers.get(q).get("groups");
                List<List<Number>> hits = (List<List<Number>>) answers.get(q).get("hits");
                if (!prefix) {
                    List<List<String>> expected = searcher.terms(queries.get(q)).stream().map(List::of).toList();
                    if (!expected.equals(groups)) {
                        failures.add("\"" + queries.get(q) + "\": browser groups " + groups + ", Lucene terms " + expected);
                        continue;
                    }
                }
                List<SectionSearcher.Ranked> lucene = searcher.rank(groups, 200);
                Map<Integer, Float> luceneScore = new HashMap<>();
                lucene.forEach(r -> luceneScore.put(r.section(), r.score()));
                withHits += lucene.isEmpty() ? 0 : 1;
                multiWord += groups.size() > 1 ? 1 : 0;
                String problem = compare(lucene.subList(0, Math.min(TOP, lucene.size())), hits, luceneScore,
                        groups.size() / scale + 1e-4, scale, groups.size());
                if (problem != null) {
                    failures.add("\"" + queries.get(q) + "\" " + groups + ": " + problem);
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + queries.size() + " queries ranked differently:\n"
                + String.join("\n", failures));
        assertTrue(withHits >= queries.size() * 3 / 4, "most queries find something: " + withHits + " of " + queries.size());
        assertTrue(prefix || multiWord >= queries.size() / 2, "multi-word queries: " + multiWord);
    }

    /** Null when the browser's list is Lucene's, order differing only among scores closer than {@code tie}. */
    private static String compare(List<SectionSearcher.Ranked> lucene, List<List<Number>> browser, Map<Integer, Float> luceneScore,
                                  double tie, double scale, int groups) {
        if (browser.size() != lucene.size()) {
            return "browser has " + browser.size() + " hits, Lucene " + lucene.size();
        }
        for (int i = 0; i < lucene.size(); i++) {
            int section = browser.get(i).get(0).intValue();
            long impact = browser.get(i).get(1).longValue();
            Float score = luceneScore.get(section);
            if (score == null) {
                return "browser #" + (i + 1) + " is section " + section + ", which Lucene does not rank near the top";
            }
            if (Math.abs(impact - score * scale) > groups * 0.5 + 1) {
                return "section " + section + ": browser score " + impact + "/" + scale + ", Lucene " + score;
            }
            SectionSearcher.Ranked expected = lucene.get(i);
            if (section != expected.section() && Math.abs(score - expected.score()) > tie) {
                return "#" + (i + 1) + ": browser section " + section + " (Lucene score " + score + "), Lucene section "
                        + expected.section() + " (" + expected.score() + ")";
            }
        }
        return null;
    }

    /** Queries of one to four words: frequent words and any words of the vocabulary, some stop words among them. */
    private static List<String> queries(List<String> vocabulary, Random random, int count) {
        List<String> frequent = vocabulary.subList(0, Math.min(150, vocabulary.size()));
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int words = 1 + i % 4;
            List<String> query = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                List<String> from = random.nextBoolean() ? frequent : vocabulary;
                query.add(from.get(random.nextInt(from.size())));
            }
            queries.add(String.join(" ", query));
        }
        return queries;
    }

    /** Queries of one to four words of a corpus in another language, joined as it is written. */
    private static List<String> queries(WorldPlaybooks.Corpus corpus, Random random, int count) {
        List<String> queries = new ArrayList<>();
        for (String query : queries(corpus.words(), random, count)) {
            queries.add(random.nextInt(4) == 0 ? query : query.replace(" ", corpus.joiner()));
        }
        return queries;
    }

    /** The corpus's words, most frequent first (ties alphabetical), as they appear in its Markdown. */
    private static List<String> vocabulary(Path playbook) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.walk(playbook)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher words = WORD.matcher(Files.readString(file).toLowerCase(java.util.Locale.ROOT));
                while (words.find()) {
                    counts.merge(words.group(), 1, Integer::sum);
                }
            }
        }
        List<String> words = new ArrayList<>(new TreeSet<>(counts.keySet()));
        words.sort((a, b) -> counts.get(b) - counts.get(a));
        return words;
    }

    /**
     * 240 guide pages of three to five sections each, written from the sample's words with Zipf's
     * frequencies (the shape of real prose), so common words fill hundreds of sections.
     */
    private static TestPlaybook syntheticPlaybook(Path root, List<String> words) {
        Random random = new Random(3);
        double[] cumulative = new double[words.size()];
        double total = 0;
        for (int r = 0; r < words.size(); r++) {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }
        TestPlaybook playbook = TestPlaybook.in(root);
        for (int p = 0; p < 240; p++) {
            StringBuilder page = new StringBuilder("---\ntitle: ").append(phrase(words, cumulative, total, random, 3))
                    .append("\ntype: guide\ntags: [").append("t").append(random.nextInt(12)).append("]\n---\n\n")
                    .append(phrase(words, cumulative, total, random, 40)).append(".\n");
            int sections = 3 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                page.append("\n## ").append(phrase(words, cumulative, total, random, 2 + random.nextInt(3))).append(" ").append(s)
                        .append("\n\n").append(phrase(words, cumulative, total, random, 30 + random.nextInt(90))).append(".\n");
            }
            playbook.file(String.format("guides/guide-%03d.md", p), page.toString());
        }
        return playbook;
    }

    private static String phrase(List<String> words, double[] cumulative, double total, Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
            text.append(i == 0 ? "" : " ").append(words.get(Math.min(words.size() - 1, at < 0 ? -at - 1 : at)));
        }
        String value = text.toString();
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
