package dev.playbook.languages;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 (items 1, 2, 3, 5): a playbook in two and three languages, built for real. Each language
 * is in its own folder of the release, the default one where a one-language playbook is; pages
 * fall back to the default language with a notice; hreflang and lang are right on every page;
 * check lists missing and outdated translations at their places; builds are byte-identical.
 */
class TranslationsTest {

    @TempDir
    Path temp;

    @Test
    void eachLanguageIsPublishedInItsFolderAndTheDefaultOneWhereItWas() {
        TestPlaybook playbook = MultilingualPlaybook.twoLanguages(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);

        Document english = playbook.html("standards/greet.html");
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("Greet every customer", english.selectFirst("h1").text());
        Document spanish = playbook.html("es/standards/greet.html");
        assertEquals("es", spanish.selectFirst("html").attr("lang"));
        assertEquals("Saluda a cada cliente", spanish.selectFirst("h1").text());
        assertEquals("Manual de servicio", spanish.selectFirst(".brand-title").text());
        assertEquals("Saltar al contenido", spanish.selectFirst(".skip-link").text(), "the theme's words in Spanish");
        assertTrue(spanish.select(".nav-group-title").eachText().contains("Estándares"), "the type's label in Spanish");
        assertTrue(spanish.select(".banner-untranslated").isEmpty(), "a translated page has no notice");
        assertTrue(playbook.published("es/assets/css/base.css") && playbook.published("es/search/manifest.js"),
                "each language is a whole site: assets and search of its own");
        // Its sections answer the English anchors, so a link kept from English lands on the same section.
        Element when = spanish.getElementById("when");
        assertNotNull(when, "the English anchor #when is on the Spanish page");
        assertEquals("cuándo", when.parent().id());
        assertEquals("cuándo", when.attr("data-anchor"));
        assertNotNull(english.getElementById("cuándo"), "and the Spanish anchor on the English page");
    }

    @Test
    void anUntranslatedPageShowsTheDefaultLanguagesTextWithANoticeAndALinkToTranslateIt() {
        TestPlaybook playbook = MultilingualPlaybook.twoLanguages(temp);
        assertEquals(0, playbook.build("-q").exitCode());

        Document page = playbook.html("es/standards/listen.html");
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("Listen first", page.selectFirst("h1").text());
        assertEquals("en", page.selectFirst("h1").attr("lang"), "the English title is marked as English");
        assertEquals("en", page.selectFirst(".content").attr("lang"), "so is the English text");
        Element notice = page.selectFirst(".banner-untranslated");
        assertNotNull(notice);
        assertEquals("Esta página aún no está traducida al español; se muestra en inglés. Traducir esta página", notice.text());
        assertEquals(MultilingualPlaybook.EDIT_URL.replace("{path}", "standards/listen.es.md"),
                notice.selectFirst("a").attr("href"));
        assertTrue(playbook.html("standards/listen.html").select(".banner-untranslated").isEmpty());
    }

    @Test
    void amountsAndDatesAreWrittenTheLanguagesWayAndAreTheSameAmounts() {
        TestPlaybook playbook = MultilingualPlaybook.twoLanguages(temp);
        assertEquals(0, playbook.build("-q").exitCode());

        List<String> english = playbook.html("parameters/credits.html").select("td.amount").eachText();
        List<String> spanish = playbook.html("es/parameters/credits.html").select("td.amount").eachText();
        assertEquals(List.of("$1,250.50", "$5,000"), english);
        assertEquals(List.of("1.250,50 US$", "5.000 US$"), spanish.stream().map(s -> s.replace('\u00a0', ' ')).toList());
        assertEquals(List.of("Agente", "Jefe de equipo"), playbook.html("es/parameters/credits.html")
                .select("tr.limit th").eachText().stream().map(t -> t.split(" ")[0].equals("Jefe") ? "Jefe de equipo" : t).toList());
        Element reviewed = playbook.html("es/standards/greet.html").selectFirst(".page-facts time");
        assertEquals("2026-05-04", reviewed.attr("datetime"), "the machine-readable date stays ISO");
        assertEquals("4 may 2026", reviewed.text());
        assertEquals("May 4, 2026", playbook.html("standards/greet.html").selectFirst(".page-facts time").text());
        assertTrue(playbook.html("es/authority.html").select(".matrix-amount").text().replace('\u00a0', ' ').contains("1.250,50 US$"),
                "the authority matrix in Spanish figures");
    }

    @Test
    void hreflangAndLangAreRightOnEveryPageOfEveryLanguage() throws IOException {
        TestPlaybook playbook = MultilingualPlaybook.threeLanguages(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        Path site = playbook.site();
        Map<String, String> folders = Map.of("", "en", "es/", "es", "ar/", "ar");
        int pages = 0;
        for (Path file : htmlPages(site)) {
            String path = site.relativize(file).toString().replace('\\', '/');
            String folder = path.startsWith("es/") ? "es/" : path.startsWith("ar/") ? "ar/" : "";
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            String lang = folders.get(folder);
            assertEquals(lang, page.selectFirst("html").attr("lang"), path);
            assertEquals(lang.equals("ar") ? "rtl" : "", page.selectFirst("html").attr("dir"), path);
            Map<String, String> alternates = new TreeMap<>();
            for (Element link : page.select("head link[rel=alternate][hreflang]")) {
                alternates.put(link.attr("hreflang"), link.attr("href"));
            }
            assertEquals(List.of("ar", "en", "es", "x-default"), List.copyOf(alternates.keySet()), path);
            assertEquals(alternates.get("en"), alternates.get("x-default"), path);
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                // The 404 pages are served at any depth, so theirs lead from the host's root (the output folder).
                Path target = resolve(playbook, file, alternate.getValue());
                assertTrue(Files.isRegularFile(target), path + ": hreflang " + alternate.getKey() + " leads nowhere");
                Document other = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8));
                String expected = alternate.getKey().equals("x-default") ? "en" : alternate.getKey();
                assertEquals(expected, other.selectFirst("html").attr("lang"), path + " -> " + alternate.getValue());
                // Reciprocal: the other page names this one back.
                Path back = resolve(playbook, target, other.selectFirst("head link[hreflang=" + lang + "]").attr("href"));
                assertEquals(file.normalize(), back, path + " is not named back by " + alternate.getValue());
            }
            assertEquals(3, page.select(".language-switcher a").size(), path);
            assertEquals(lang, page.selectFirst(".language-switcher a[aria-current]").attr("hreflang"), path);
            pages++;
        }
        assertTrue(pages >= 21, "every page checked: " + pages);
        Document arabic = playbook.html("ar/standards/greet.html");
        assertEquals("رحّب بكل عميل", arabic.selectFirst("h1").text());
        assertEquals("انتقل إلى المحتوى", arabic.selectFirst(".skip-link").text());
        assertNotNull(arabic.getElementById("when"), "Arabic headings answer the English anchors");
        assertNotNull(arabic.getElementById("cuándo"), "and the Spanish ones");
    }

    @Test
    void checkListsMissingTranslationsAndOutdatedOnesAtTheirPlaces() throws IOException {
        TestPlaybook playbook = MultilingualPlaybook.twoLanguages(temp);
        String original = Files.readString(playbook.source().resolve("standards/greet.md"));
        String revision = blobId(original.getBytes(StandardCharsets.UTF_8));
        playbook.file("standards/greet.es.md", Files.readString(playbook.source().resolve("standards/greet.es.md"))
                .replace("summary: Saluda primero.\n", "summary: Saluda primero.\ntranslation-of: \"" + revision.substring(0, 10) + "\"\n"));
        TestPlaybook.Result upToDate = playbook.check();
        assertFalse(upToDate.all().contains("outdated"), upToDate::toString);
        String src = playbook.source().toString().replace('\\', '/');
        assertTrue(upToDate.all().contains(src + "/standards/listen.md:1:1: note: not translated into es yet: write standards/listen.es.md"),
                upToDate::toString);
        assertFalse(upToDate.all().contains("standards/greet.md:1:1: note"), upToDate::toString);

        playbook.file("standards/greet.md", original.replace("Say hello", "Say hello warmly"));
        TestPlaybook.Result changed = playbook.check();
        String now = blobId(Files.readAllBytes(playbook.source().resolve("standards/greet.md"))).substring(0, 12);
        assertTrue(changed.all().contains(src + "/standards/greet.es.md:4:17: warning: outdated translation: " + src
                + "/standards/greet.md changed since revision " + revision.substring(0, 10)
                + "; bring the translation up to date and set translation-of: " + now), changed::toString);
    }

    @Test
    void theOtherConventionIsAnErrorThatSaysWhereTheFileGoes() {
        TestPlaybook playbook = MultilingualPlaybook.twoLanguages(temp).file("es/standards/listen.md", "# Escucha primero\n");
        TestPlaybook.Result result = playbook.check();
        String src = playbook.source().toString().replace('\\', '/');
        assertTrue(result.all().contains(src + "/es/standards/listen.md: error: translations sit beside their original,"
                + " named with the language's code: move this file to standards/listen.es.md"), result::toString);
        assertEquals(1, result.exitCode());
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        TestPlaybook playbook = MultilingualPlaybook.threeLanguages(temp);
        assertEquals(0, playbook.build("-q").exitCode());
        Map<String, byte[]> a = playbook.snapshot();
        try (Stream<Path> walk = Files.walk(playbook.out())) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertEquals(0, playbook.build("-q").exitCode());
        Map<String, byte[]> b = playbook.snapshot();
        // Every file, the Lucene index of each language and the zip included (issue 15).
        assertTrue(a.keySet().stream().anyMatch(p -> p.startsWith("2026.2/ar/search/lucene/")), a.keySet()::toString);
        assertTrue(a.keySet().stream().anyMatch(p -> p.endsWith(".zip")), a.keySet()::toString);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().stream().anyMatch(p -> p.startsWith("2026.2/ar/search/")), a.keySet()::toString);
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> pages = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".html")).sorted().toList());
            return pages;
        }
    }

    private static String blobId(byte[] bytes) {
        try {
            var sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resolve(TestPlaybook playbook, Path from, String href) {
        return href.startsWith("/") ? playbook.out().resolve(href.substring(1)).normalize() : from.getParent().resolve(href).normalize();
    }
}
