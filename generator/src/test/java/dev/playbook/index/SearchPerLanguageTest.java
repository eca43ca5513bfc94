package dev.playbook.index;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, part 4: one Lucene index and export per language, each in the language's folder,
 * built with that language's analysis, holding the pages written in that language and no other.
 * Built for real from {@link MultilingualPlaybook#searchLanguages}, read back with Lucene.
 */
class SearchPerLanguageTest {

    @TempDir
    static Path temp;

    private static TestPlaybook playbook;
    private static TestPlaybook.Result built;

    @BeforeAll
    static void build() {
        playbook = MultilingualPlaybook.searchLanguages(temp);
        built = playbook.build("-q");
        assertEquals(0, built.exitCode(), built::toString);
    }

    @Test
    void eachLanguageHasItsOwnIndexWithItsOwnAnalysis() throws IOException {
        Map<String, String> expected = Map.of("", "en", "es/", "es", "fr/", "fr", "de/", "de", "ja/", "cjk",
                "pl/", "standard", "tr/", "standard");
        List<LanguageIndexes.Located> indexes = LanguageIndexes.of(playbook.site());
        assertEquals(List.of("en", "de", "es", "fr", "ja", "pl", "tr"), indexes.stream().map(LanguageIndexes.Located::language).toList(),
                "the default language's first, then by folder");
        for (LanguageIndexes.Located index : indexes) {
            Properties info = new Properties();
            info.load(new StringReader(playbook.output(index.folder() + SearchSchema.INFO)));
            assertEquals(expected.get(index.folder()), info.getProperty("analysis"), index.folder());
            assertEquals(index.folder().isEmpty() ? "en" : index.folder().replace("/", ""), info.getProperty("language"));
            String manifest = playbook.output(index.folder() + SearchExport.MANIFEST);
            assertTrue(manifest.contains("\"analysis\":\"" + expected.get(index.folder()) + "\""), manifest);
        }
    }

    @Test
    void theSpanishIndexFindsAPluralAsSpanishAnalyzerDoes() throws IOException {
        try (Analyzer spanish = new SpanishAnalyzer()) {
            assertEquals(terms(spanish, "contraseñas"), terms(spanish, "contraseña"), "Lucene's own analyzer: one stem");
        }
        try (SectionSearcher es = SectionSearcher.open(playbook.site().resolve("es"))) {
            assertEquals(es.terms("contraseñas"), es.terms("contraseña"));
            List<SectionSearcher.Hit> hits = es.search("contraseña", 5);
            assertFalse(hits.isEmpty(), "the singular finds the plural");
            assertEquals("Restablecer contraseñas", hits.get(0).title());
            assertEquals("standards/passwords.html#identidad", hits.get(0).url(), "relative to the Spanish folder");
        }
        try (SectionSearcher en = SectionSearcher.open(playbook.site())) {
            assertTrue(en.search("contraseña", 5).isEmpty(), "English analysis, English pages: no Spanish word");
        }
    }

    @Test
    void theGermanIndexFindsKundenForKunde() throws IOException {
        try (SectionSearcher de = SectionSearcher.open(playbook.site().resolve("de"))) {
            assertEquals(de.terms("Kunden"), de.terms("Kunde"));
            List<SectionSearcher.Hit> hits = de.search("Kunde", 5);
            assertEquals(List.of("Passwörter zurücksetzen"), hits.stream().map(SectionSearcher.Hit::title).distinct().toList());
            assertTrue(bodyTerms("de").contains("kund"), "GermanAnalyzer's light stem of Kunden");
        }
    }

    @Test
    void theJapaneseIndexHoldsBigrams() throws IOException {
        Set<String> terms = bodyTerms("ja");
        assertTrue(terms.containsAll(List.of("パス", "スワ", "ワー", "ード", "本人", "人確", "確認")), terms::toString);
        assertFalse(terms.contains("パスワード"), "CJK runs are cut into bigrams, not kept whole");
        try (SectionSearcher ja = SectionSearcher.open(playbook.site().resolve("ja"))) {
            assertEquals(List.of("パス", "スワ", "ワー", "ード"), ja.terms("パスワード"));
            assertEquals("パスワードの再設定", ja.search("パスワード", 5).get(0).title());
        }
    }

    @Test
    void aLanguageWithoutAStemmerGetsTheStandardAnalysis() throws IOException {
        try (SectionSearcher pl = SectionSearcher.open(playbook.site().resolve("pl"))) {
            assertEquals(List.of("haseł"), pl.terms("Haseł"), "lower case, nothing more");
            assertNotEquals(pl.terms("hasła"), pl.terms("haseł"), "no stemming: two forms, two words");
            assertEquals("Resetowanie haseł", pl.search("hasła", 5).get(0).title());
        }
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage("pl"));
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage("tr"));
    }

    @Test
    void eachIndexHoldsOnlyThePagesWrittenInItsLanguage() throws IOException {
        Set<String> english = storedTitles("");
        assertTrue(english.containsAll(List.of("Reset passwords", "Listen first", "Greet every customer")), english::toString);
        assertTrue(english.stream().noneMatch(t -> t.contains("contraseñas") || t.contains("Saluda")), english::toString);
        assertEquals(Set.of("Inicio", "Saluda a cada cliente", "Créditos de cortesía", "Restablecer contraseñas"), storedTitles("es/"),
                "an untranslated page (Listen first) is found in English, not in the Spanish index");
        assertEquals(Set.of("Mots de passe"), storedTitles("fr/"));
        try (SectionSearcher tr = SectionSearcher.open(playbook.site().resolve("tr"))) {
            assertEquals(0, tr.documents(), "nothing translated into Turkish: an empty index, still published");
            assertTrue(tr.search("identity", 5).isEmpty());
        }
        assertTrue(playbook.published("tr/search/manifest.js"));
    }

    @Test
    void checkWarnsOfALanguageWhoseSearchIsEmptyAndNotesTheGenericOnes() {
        TestPlaybook.Result check = playbook.check();
        String config = "playbook.yml";
        String text = check.all();
        int trLine = lineOf("  tr:");
        int plLine = lineOf("  pl:");
        assertTrue(text.contains(config + ":" + trLine + ":3: warning: no page is translated into tr yet, so search in tr/ finds nothing"),
                text);
        assertTrue(text.contains(config + ":" + plLine + ":3: note: search in pl uses the generic analysis"), text);
        assertTrue(text.contains(config + ":" + trLine + ":3: note: search in tr uses the generic analysis"), text);
        assertFalse(text.contains("no page is translated into pl"), "Polish has a page");
        assertFalse(text.contains("search in es uses") || text.contains("search in ja uses") || text.contains("search in en uses"),
                "stemmed and CJK languages need no note");
    }

    @Test
    void theCommandLineSearchesOneLanguageOrEvery() {
        String out = playbook.out().toString();
        TestPlaybook.Result spanish = TestPlaybook.run("search", "--out", out, "--lang", "es", "contraseña");
        assertEquals(0, spanish.exitCode(), spanish::toString);
        assertTrue(spanish.out().contains("Restablecer contraseñas › Identidad"), spanish::toString);
        assertTrue(spanish.out().contains("es/standards/passwords.html#identidad"), spanish::toString);

        TestPlaybook.Result english = TestPlaybook.run("search", "--out", out, "réinitialisation");
        assertTrue(english.out().contains("No results"), "the default language's index by default: " + english);

        TestPlaybook.Result every = TestPlaybook.run("search", "--out", out, "--all-languages", "--json", "réinitialisation");
        assertEquals(0, every.exitCode(), every::toString);
        assertTrue(every.out().contains("\"language\" : \"fr\""), every::toString);
        assertTrue(every.out().contains("\"url\" : \"fr/standards/passwords.html#identité\""), every::toString);

        TestPlaybook.Result mixed = TestPlaybook.run("search", "--out", out, "--all-languages", "identity", "identidad", "Identität");
        assertTrue(mixed.out().contains("[en] Reset passwords") && mixed.out().contains("[es] Restablecer contraseñas")
                && mixed.out().contains("[de] Passwörter zurücksetzen"), mixed::toString);

        TestPlaybook.Result unknown = TestPlaybook.run("search", "--out", out, "--lang", "xx", "hola");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no search index in language \"xx\"; this site has en, de, es, fr, ja, pl, tr"), unknown::toString);
    }

    private static int lineOf(String prefix) {
        List<String> lines = List.of(read(playbook.source().resolve("playbook.yml")).split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + prefix);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchSchema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** Every term of the body field of a language's published index. */
    private static Set<String> bodyTerms(String language) throws IOException {
        Set<String> terms = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(playbook.site().resolve(language).resolve(SearchSchema.FOLDER)))) {
            Terms body = MultiTerms.getTerms(reader, SearchSchema.BODY);
            TermsEnum all = body.iterator();
            for (BytesRef term = all.next(); term != null; term = all.next()) {
                terms.add(term.utf8ToString());
            }
        }
        return terms;
    }

    /** The page titles a language's index holds ("" for the default language, else "es/"). */
    private static Set<String> storedTitles(String folder) throws IOException {
        Set<String> titles = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(playbook.site().resolve(folder).resolve(SearchSchema.FOLDER)))) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                titles.add(reader.storedFields().document(doc).get(SearchSchema.TITLE));
            }
        }
        return titles;
    }
}
