package dev.playbook.languages;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 3: the theme's own words. Every word the templates and the generator ask for is in
 * {@code messages/en.properties}; every language file has every word English has (and the same
 * {@code {0}} placeholders), so no language falls back to English silently; and a German edition of
 * the sample playbook has no English theme words left outside its (English) content.
 */
class ThemeWordsTest {

    static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();
    static final Path MESSAGES = REPO.resolve("themes/default/messages");
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "it", "nl", "ja", "zh", "ko", "ar", "he");
    /** Keys the templates build from data: {@code msg["section." + kind]}, {@code msg["direction." + word]}. */
    static final List<String> BUILT_KEYS = List.of("section.added", "section.changed", "section.removed", "direction.higher",
            "direction.lower", "chart.unit.points");

    @TempDir
    Path temp;

    @Test
    void everyWordTheThemeAndTheGeneratorUseIsInEnglish() throws IOException {
        Map<String, String> english = load("en");
        Set<String> used = new TreeSet<>(BUILT_KEYS);
        // Templates: ${msg.key}, msg["key"], layout.fmt("key", ...), <@layout.around "key">.
        used.addAll(keys(REPO.resolve("themes/default/templates"), ".ftlh", Pattern.compile(
                "msg\\.([A-Za-z][A-Za-z0-9]*)|msg\\[\"([A-Za-z0-9.]+)\"\\]|fmt\\(\"([A-Za-z0-9.]+)\"|around \"([A-Za-z0-9.]+)\"")));
        // The scripts' words, named in the templates (data-words) and asked for in the scripts: say('js.copy', ...).
        used.addAll(keys(REPO.resolve("themes/default/templates"), ".ftlh", Pattern.compile("\"(js\\.[A-Za-z]+)\"")));
        used.addAll(keys(REPO.resolve("themes/default/assets/js"), ".js", Pattern.compile("say\\('(js\\.[A-Za-z]+)'")));
        // The generator: localisation.text("key"...), words.word("key", "English"), w.word("chart.x", ...).
        used.addAll(keys(REPO.resolve("generator/src/main/java"), ".java", Pattern.compile(
                "(?:localisation\\(\\)|localisation|words)\\.text\\(\"([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])\"|\\b(?:w|words)\\.word\\(\"([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])\"|\\bword\\(\"(chart\\.[A-Za-z0-9.]*[A-Za-z0-9])\"")));
        assertTrue(used.size() > 150, "the scan finds the words in use: " + used.size());
        List<String> missing = used.stream().filter(k -> !english.containsKey(k)).toList();
        assertEquals(List.of(), missing, "words used but missing from messages/en.properties");
    }

    @Test
    void everyLanguageHasEveryWordEnglishHasWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = load("en");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> words = load(language);
            for (Map.Entry<String, String> word : english.entrySet()) {
                String theirs = words.get(word.getKey());
                if (theirs == null) {
                    problems.add(language + ": no " + word.getKey());
                } else if (!placeholders(theirs).equals(placeholders(word.getValue()))) {
                    problems.add(language + ": " + word.getKey() + " has " + placeholders(theirs) + ", English " + placeholders(word.getValue()));
                } else if (theirs.isBlank()) {
                    problems.add(language + ": " + word.getKey() + " is empty");
                }
            }
            words.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> problems.add(language + ": " + k + " is not a word"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theParityCheckFailsOnALanguageFileThatLacksAWord() throws IOException {
        // A check that cannot fail is a defect: drop a word from a copy of German and the comparison sees it.
        Map<String, String> german = new TreeMap<>(load("de"));
        german.remove("editThisPage");
        assertTrue(!german.keySet().containsAll(load("en").keySet()));
    }

    @Test
    void aGermanEditionOfTheSampleHasNoEnglishThemeWordsOutsideItsContent() throws IOException {
        Path source = temp.resolve("playbook");
        copy(REPO.resolve("playbook"), source);
        String config = Files.readString(source.resolve("playbook.yml"));
        Files.writeString(source.resolve("playbook.yml"), config.replace("languages:\n", """
                languages:
                  de:
                    title: Larkspur Service-Handbuch
                    labels:
                      type.standard.plural: Standards
                """));
        Path out = temp.resolve("out");
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result::toString);

        Map<String, String> english = load("en");
        Map<String, String> german = load("de");
        List<Pattern> words = new ArrayList<>();
        for (Map.Entry<String, String> word : english.entrySet()) {
            if (word.getValue().equals(german.get(word.getKey()))) {
                continue; // the same in both (Status, Standard, Extra): nothing to find
            }
            if (german.values().stream().anyMatch(v -> v.contains(word.getValue()))) {
                continue; // a name German keeps ("Built with Playbook" is "Erstellt mit Playbook")
            }
            for (String fragment : word.getValue().split("\\{[0-9]\\}")) {
                String text = fragment.strip().replaceAll("^[:;,.()]+|[:;,.()]+$", "").strip();
                // Single short words (Go, All) are too common in content titles to attribute; phrases are the theme's.
                if (text.length() >= 4 && (text.contains(" ") || text.length() >= 7)) {
                    words.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(text) + "(?![\\p{L}])"));
                }
            }
        }
        assertTrue(words.size() > 150, "the English words to look for: " + words.size());

        Path edition = out.resolve("2026.2/de");
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> walk = Files.walk(edition)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages++;
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                assertEquals("de", page.selectFirst("html").attr("lang"), file.toString());
                for (String line : themeText(page).split("\n")) {
                    String said = line.contains(": ") ? line.substring(line.indexOf(": ") + 2) : line;
                    for (Pattern word : words) {
                        Matcher m = word.matcher(said);
                        if (m.find()) {
                            found.add(edition.relativize(file) + ": \"" + m.group() + "\" in " + line);
                        }
                    }
                }
            }
        }
        assertTrue(pages > 40, "the German edition's pages: " + pages);
        assertEquals(List.of(), found, "English theme words in the German edition");
    }

    @Test
    void theEnglishWordCheckFindsAnEnglishWordLeftInATemplate() {
        // The same scan over a page with one English theme phrase left in: it is found.
        Document page = Jsoup.parse("<html lang=de><body><main><p class=lead lang=en>Copy link</p>"
                + "<button>Copy link</button></main></body></html>");
        assertEquals("button.: Copy link", themeText(page).strip());
    }

    /**
     * The text the theme writes: the page less what comes from the playbook (its Markdown, anything
     * marked as English content, page and section titles, summaries, tags, glossary terms, the
     * playbook's own footer and announcement), with the attributes screen readers read.
     */
    static String themeText(Document page) {
        Document copy = page.clone();
        copy.select("script, style, svg, [lang=en], .content, .page-toc li, .brand-title, .nav-entry, .nav-group-title, .nav-group-label, "
                + ".nav-more, .breadcrumbs li, .item-title, .item-summary, .tag, .tags, .pager-title, .link-list a, .link-chip, "
                + ".footer-text, .footer-links a, .footer-main, .announcement-text, .term, .glossary-entry, .page-header h1, "
                + ".lead, .type-card-title a, .type-card-items, .page-facts dd, .course-step-title, .course-module-title, "
                + ".course-module-summary, .course-questions li, .trainer-notes p, .check-situation, .check-choice, .check-tests a, "
                + ".check-course a, .handout-step-title, .handout-contents, .handout-module-title, .handout-step-source a, "
                + ".limits-table tbody td, .limits-table tbody th, .matrix-table tbody, .matrix-table thead th:not(:first-child), "
                + ".plain-list, .scoreboard-metric-title, .scoreboard-definition, .scoreboard-table tbody th, .win-group, .win-metric a, "
                + ".story-panel p, .channel, .count-title, .coverage-table tbody th, .coverage-table thead th, .findings, "
                + ".not-found-sections .item-title, .notes-part li, .notes-page h3, .language-switcher, .release-switcher option, "
                + ".children-title + ul, .home-release-title, .page-type .badge, .badge, .filter option, .filter-label, .part-intro code")
                .remove();
        StringBuilder text = new StringBuilder();
        for (Element element : copy.body().select("*")) {
            if (!element.ownText().isBlank()) {
                text.append('\n').append(element.tagName()).append('.').append(element.className()).append(": ").append(element.ownText());
            }
        }
        for (Element element : copy.select("[aria-label], [title], [placeholder], [alt]")) {
            for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                if (element.hasAttr(attribute)) {
                    text.append('\n').append(element.tagName()).append('@').append(attribute).append(": ").append(element.attr(attribute));
                }
            }
        }
        copy.select("title").remove();
        return text.toString();
    }

    static Map<String, String> load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> words = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> words.put(k, properties.getProperty(k)));
        return words;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{[0-9]\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> keys(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(extension)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
