package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample playbook builds without a single problem, and every relative link in it resolves to a file. */
class SamplePlaybookTest {

    static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void buildsCleanlyWithEveryLinkResolving() throws Exception {
        var result = TestPlaybook.run("build", "--source", REPO.resolve("playbook").toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err(), "no warnings on the sample");
        List<String> broken = new ArrayList<>();
        int pages = 0;
        try (var files = Files.walk(out)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
                pages++;
                Document page = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                for (Element link : page.select("[href], [src]")) {
                    String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (url.startsWith("#") || url.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    String path = url.replaceAll("[#?].*$", "");
                    // Root-relative links (the 404 pages') lead into the output folder, which a host serves at its root.
                    Path from = path.startsWith("/") ? out : file.getParent();
                    String relative = path.replaceFirst("^/+", "");
                    if (!Files.isRegularFile(from.resolve(java.net.URLDecoder.decode(relative, "UTF-8")).normalize())) {
                        broken.add(out.relativize(file) + " -> " + url);
                    }
                }
            }
        }
        assertTrue(pages > 30, "the sample has a real number of pages: " + pages);
        assertEquals(List.of(), broken);
    }

    /** Issue 18, item 6: the sample in Spanish, eight pages translated and the rest falling back under a notice. */
    @Test
    void hasASpanishEditionWithItsTranslationsAndFallbacks() throws Exception {
        var result = TestPlaybook.run("build", "--source", REPO.resolve("playbook").toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result::toString);
        Path english = out.resolve("2026.2");
        Path spanish = english.resolve("es");
        List<String> englishPages = htmlUnder(english).stream().filter(p -> !p.startsWith("es/")).toList();
        assertEquals(englishPages, htmlUnder(spanish), "every page in both languages, at the same paths");

        List<String> translated = List.of("vision.html", "standards/greet-and-acknowledge.html", "standards/listen-first.html",
                "standards/own-the-problem.html", "parameters/goodwill-credits.html", "stories/the-tent-pole-before-the-trip.html",
                "stories/listening-past-the-complaint.html", "stories/when-the-answer-is-no.html");
        for (String page : translated) {
            Document doc = org.jsoup.Jsoup.parse(spanish.resolve(page).toFile(), "UTF-8");
            assertEquals("es", doc.selectFirst("html").attr("lang"), page);
            assertTrue(doc.select(".banner-untranslated").isEmpty(), page + " is translated: no notice");
            assertTrue(doc.selectFirst("h1").attr("lang").isEmpty(), page + ": its title is Spanish, not marked as English");
            assertEquals("es/" + page, doc.selectFirst("link[hreflang=es]").attr("href").replaceFirst("^(\\.\\./)*", ""), page);
        }
        Document untranslated = org.jsoup.Jsoup.parse(spanish.resolve("standards/keep-promises.html").toFile(), "UTF-8");
        assertEquals("en", untranslated.selectFirst(".content").attr("lang"), "an untranslated page is English text, marked so");
        assertTrue(untranslated.selectFirst(".banner-untranslated").text().startsWith("Esta página aún no está traducida al español"));

        // The limits page: the same amounts as in English, written the Spanish way, with Spanish words around them.
        Document credits = org.jsoup.Jsoup.parse(spanish.resolve("parameters/goodwill-credits.html").toFile(), "UTF-8");
        Document original = org.jsoup.Jsoup.parse(english.resolve("parameters/goodwill-credits.html").toFile(), "UTF-8");
        assertEquals(List.of("$25", "$35", "$25", "$75", "$200", "$500", "$20", "$20", "$50"), original.select(".limits-table .amount").eachText());
        assertEquals(List.of("25 US$", "35 US$", "25 US$", "75 US$", "200 US$", "500 US$", "20 US$", "20 US$", "50 US$"),
                credits.select(".limits-table .amount").eachText());
        assertEquals(List.of("Puesto", "Gesto extra", "Hasta", "Aprobación por encima del límite", "Condiciones"),
                credits.select(".limits-table thead th").eachText());
        assertEquals("Compensaciones de cortesía", credits.selectFirst("h1").text());
    }

    /** Issue 18: both editions of the sample are byte-identical from one build to the next. */
    @Test
    void buildsBothLanguagesByteForByteTheSameTwice(@TempDir Path second) {
        for (Path into : List.of(out, second)) {
            var result = TestPlaybook.run("build", "--source", REPO.resolve("playbook").toString(), "--out", into.toString(), "-q");
            assertEquals(0, result.exitCode(), result::toString);
        }
        java.util.Map<String, byte[]> first = TestPlaybook.snapshot(out);
        java.util.Map<String, byte[]> again = TestPlaybook.snapshot(second);
        assertEquals(first.keySet(), again.keySet());
        assertTrue(first.keySet().stream().anyMatch(k -> k.contains("es/")), "the Spanish edition is compared too");
        List<String> differ = first.keySet().stream().filter(k -> !java.util.Arrays.equals(first.get(k), again.get(k))).toList();
        assertEquals(List.of(), differ);
    }

    private static List<String> htmlUnder(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
