package dev.playbook.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Pins what Lucene 9.12.3 really does, so a change in Lucene shows up here before it shows up as a search miss. */
class AnalyzerVectorsTest {

    @Test
    void englishDropsPossessivesAndStopWordsThenStems() {
        assertEquals(List.of("custom", "refund", "were", "process"),
                AnalyzerVectors.terms("en", "The customers' refunds were processed"));
        assertEquals(List.of("custom", "refund"),
                AnalyzerVectors.terms("en", "Customer's REFUNDS: it’s it's"));
    }

    @Test
    void englishKeepsWordsWithInnerApostrophesAndPointsWhole() {
        assertEquals(List.of("don't", "email", "o'brien", "team", "help", "example.com", "about", "u.s.a", "rollout"),
                AnalyzerVectors.terms("en", "Don't email O'Brien's team at help@example.com about the U.S.A. rollout"));
        assertEquals(List.of("refund", "25.00", "1,000", "point", "3.5", "off", "well", "known", "custom", "issu", "42"),
                AnalyzerVectors.terms("en", "Refunds of $25.00 or 1,000 points: 3.5% off, well-known customer’s issue #42"));
    }

    @Test
    void englishKeepsEmojiAndSplitsIdeographs() {
        assertEquals(List.of("café", "naïv", "zürich", "😀", "中", "文", "snake_case_nam"),
                AnalyzerVectors.terms("en", "café naïve Zürich 😀 中文 snake_case_name"));
    }

    @Test
    void englishCutsTokensAt255Chars() {
        assertEquals(List.of("a".repeat(255), "a".repeat(45)), AnalyzerVectors.terms("en", "a".repeat(300)));
    }

    @Test
    void spanishDropsStopWordsAccentsAndOneSuffix() {
        assertEquals(List.of("niñ", "comian", "manzan", "rapidament", "estacion"),
                AnalyzerVectors.terms("es", "Los niños comían manzanas rápidamente en la estación"));
        assertEquals(List.of("luz", "pais", "crisis", "roto"),
                AnalyzerVectors.terms("es", "Las luces de los países y las crisis: roto"));
    }

    @Test
    void cjkMakesBigramsOfRunsThatTouchAndUnigramsOfLoneCharacters() {
        assertEquals(List.of("日本", "本語", "語の", "のテ", "テキ", "キス", "スト", "返金", "の", "x", "中", "y"),
                AnalyzerVectors.terms("cjk", "日本語のテキスト 返金 の x中y"));
        // Hangul mixed with Latin letters is one <ALPHANUM> word, not bigrams.
        assertEquals(List.of("한국", "국어", "한국abc"), AnalyzerVectors.terms("cjk", "한국어 한국abc"));
    }

    @Test
    void cjkFoldsWidthsAndDropsItsEnglishStopWords() {
        assertEquals(List.of("ガギ", "abc123", "refund"), AnalyzerVectors.terms("cjk", "ｶﾞｷﾞ ＡＢＣ１２３ the refund www s"));
    }

    @Test
    void standardOnlyCutsAndLowerCases() {
        assertEquals(List.of("возврат", "денег", "the", "refunds", "istanbul", "iı", "straße", "σίσυφοσ"),
                AnalyzerVectors.terms("standard", "Возврат денег the refunds İstanbul Iı Straße ΣΊΣΥΦΟΣ"));
    }

    @Test
    void knowsItsAnalyses() {
        assertEquals(Set.of("en", "es", "fr", "de", "pt", "it", "nl", "sv", "cjk", "standard"), AnalyzerVectors.analyses());
        assertThrows(IllegalArgumentException.class, () -> AnalyzerVectors.terms("xx", "text"));
    }
}
