package dev.playbook.bench.search;

import dev.playbook.bench.corpus.SyntheticPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over a real synthetic corpus, as the benchmark uses it. */
class QueryWordsTest {
    @TempDir
    static Path corpus;

    private static QueryWords words;

    @BeforeAll
    static void scan() throws IOException {
        new SyntheticPlaybook(120, 42).writeTo(corpus);
        words = QueryWords.scan(corpus);
    }

    @Test
    void theDefaultColdQueriesOccurInTheCorpus() {
        assertEquals(List.of(), words.missing("refund"));
        assertEquals(List.of(), words.missing("refund damaged parcel"));
        assertTrue(words.pagesWith("refund") > words.pageCount() / 4,
                "refund should be a frequent word, in " + words.pagesWith("refund") + " of " + words.pageCount());
    }

    @Test
    void frontMatterKeysAndLinkTargetsAreNotProse() {
        // Every story has "illustrates:" in its front matter, and links point at sec-NNNN/*.md files.
        assertEquals(0, words.pagesWith("illustrates"));
        assertEquals(0, words.pagesWith("sec"));
        assertEquals(List.of("zebra"), words.missing("refund zebra"));
    }

    @Test
    void queriesTakeOneTwoAndThreeAdjacentWordsInTurnAndRepeatWithTheSeed() {
        List<String> sample = words.sample(90, 7);

        assertEquals(sample, words.sample(90, 7));
        assertNotEquals(sample, words.sample(90, 8));
        for (int i = 0; i < sample.size(); i++) {
            String query = sample.get(i);
            assertEquals(i % 3 + 1, QueryWords.words(query).size(), query);
            assertEquals(List.of(), words.missing(query), query);
        }
        assertTrue(sample.stream().distinct().count() > 60, "queries should vary: " + sample);
    }

    @Test
    void wordsAreLowercaseLettersWithoutStopWordsOrShortWords() {
        assertEquals(List.of("refund", "customer", "paid", "card"),
                QueryWords.words("Refund the customer's [paid card](../sec-0003/_index.md#cards) of 2 by me"));
    }
}
