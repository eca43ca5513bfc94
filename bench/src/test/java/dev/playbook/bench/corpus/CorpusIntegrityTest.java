package dev.playbook.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads a generated 200-page corpus the way an author's tools would, without the generator's own classes. */
class CorpusIntegrityTest {
    private static final int PAGES = 200;
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{2,3}) (.+)$", Pattern.MULTILINE);
    private static final Set<String> ROLES = Set.of("associate", "agent", "team-lead", "store-manager", "care-manager");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A page read back from disk: front matter parsed by Jackson, body as text. */
    private record Page(Path file, JsonNode frontMatter, String body) {
        String type() {
            return frontMatter.path("type").asText();
        }

        String id() {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - 3);
        }

        List<String> headings(int level) {
            List<String> headings = new ArrayList<>();
            Matcher matcher = HEADING.matcher(body);
            while (matcher.find()) {
                if (matcher.group(1).length() == level) {
                    headings.add(matcher.group(2));
                }
            }
            return headings;
        }

        Set<String> anchors() {
            Set<String> anchors = new HashSet<>();
            Matcher matcher = HEADING.matcher(body);
            while (matcher.find()) {
                anchors.add(githubSlug(matcher.group(2)));
            }
            return anchors;
        }

        long words() {
            String text = body.strip();
            return text.isEmpty() ? 0 : text.split("\\s+").length;
        }
    }

    @TempDir
    static Path corpus;
    private static Map<Path, Page> pages;

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticPlaybook(PAGES, 42).writeTo(corpus);
        pages = new LinkedHashMap<>();
        for (Path file : SyntheticPlaybookTest.markdownFiles(corpus)) {
            pages.put(file, read(file));
        }
    }

    @Test
    void hasExactlyTheRequestedNumberOfMarkdownFiles() {
        assertEquals(PAGES, pages.size());
    }

    @Test
    void everyLinkTargetAndAnchorExists() {
        int links = 0;
        int anchored = 0;
        for (Page page : pages.values()) {
            Matcher matcher = LINK.matcher(page.body());
            Set<Path> targets = new HashSet<>();
            while (matcher.find()) {
                String href = matcher.group(2);
                int hash = href.indexOf('#');
                Path target = page.file().getParent().resolve(hash < 0 ? href : href.substring(0, hash)).normalize();
                assertTrue(pages.containsKey(target), page.file() + ": missing link target " + href);
                assertFalse(target.equals(page.file()), page.file() + ": links to itself");
                if (hash >= 0) {
                    anchored++;
                    assertTrue(pages.get(target).anchors().contains(href.substring(hash + 1)),
                            page.file() + ": missing anchor " + href);
                }
                targets.add(target);
                links++;
            }
            assertTrue(targets.size() >= 3 && targets.size() <= 8,
                    page.file() + ": links to " + targets.size() + " pages");
        }
        double anchoredShare = (double) anchored / links;
        assertTrue(anchoredShare > 0.2 && anchoredShare < 0.45, "anchored share " + anchoredShare);
    }

    @Test
    void frontMatterHasTheCommonFields() {
        for (Page page : pages.values()) {
            JsonNode fm = page.frontMatter();
            assertFalse(fm.path("title").asText().isBlank(), page.file() + ": title");
            assertTrue(Set.of("guide", "standard", "parameter", "story", "vision").contains(page.type()),
                    page.file() + ": type " + page.type());
            assertTrue(fm.path("summary").asText().endsWith("."), page.file() + ": summary");
            assertTrue(fm.path("tags").isArray() && fm.path("tags").size() >= 1 && fm.path("tags").size() <= 3,
                    page.file() + ": tags");
            assertTrue(fm.path("weight").isInt(), page.file() + ": weight");
        }
    }

    @Test
    void typesAreMixedWithExactlyOneVision() {
        Map<String, Integer> counts = new HashMap<>();
        pages.values().forEach(page -> counts.merge(page.type(), 1, Integer::sum));
        assertEquals(1, counts.get("vision"));
        assertEquals("guide", pages.get(corpus.resolve("index.md")).type());
        assertBetween(counts.get("standard"), 8, 35, "standards");
        assertBetween(counts.get("parameter"), 3, 20, "parameters");
        assertBetween(counts.get("story"), 30, 75, "stories");
        assertBetween(counts.get("guide"), 90, 150, "guides");
    }

    @Test
    void leafPageIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Page page : pages.values()) {
            if (!page.id().equals("index") && !page.id().equals("_index")) {
                assertTrue(ids.add(page.id()), "duplicate id " + page.id());
                assertTrue(page.id().matches("[a-z0-9-]+-\\d{4}-\\d{2}"), page.id());
            }
        }
    }

    @Test
    void headingsAreUniqueAndThreeToSixH2PerPage() {
        boolean anyH3 = false;
        for (Page page : pages.values()) {
            int h2 = page.headings(2).size();
            assertTrue(h2 >= 3 && h2 <= 6, page.file() + ": " + h2 + " H2 headings");
            int all = h2 + page.headings(3).size();
            assertEquals(all, page.anchors().size(), page.file() + ": repeated heading slug");
            anyH3 |= !page.headings(3).isEmpty();
        }
        assertTrue(anyH3);
    }

    @Test
    void standardsHaveWhenHowAndAuthority() {
        for (Page page : pages.values()) {
            if (page.type().equals("standard")) {
                assertTrue(page.headings(2).containsAll(List.of("How", "When", "Authority")), page.file().toString());
            }
        }
    }

    @Test
    void storiesIllustrateStandardsAndHaveContextAndOutcome() {
        Map<String, Page> byId = new HashMap<>();
        pages.values().forEach(page -> byId.put(page.id(), page));
        for (Page page : pages.values()) {
            if (!page.type().equals("story")) {
                continue;
            }
            JsonNode fm = page.frontMatter();
            JsonNode illustrates = fm.path("illustrates");
            assertTrue(illustrates.isArray() && illustrates.size() >= 1 && illustrates.size() <= 2, page.file() + "");
            for (JsonNode id : illustrates) {
                Page standard = byId.get(id.asText());
                assertTrue(standard != null && standard.type().equals("standard"), page.file() + ": " + id);
            }
            assertTrue(Set.of("phone", "store", "chat", "email", "online")
                    .contains(fm.path("context").path("channel").asText()), page.file() + ": channel");
            assertFalse(fm.path("context").path("situation").asText().isBlank(), page.file() + ": situation");
            assertFalse(fm.path("outcome").asText().isBlank(), page.file() + ": outcome");
        }
    }

    @Test
    void parameterLimitsAreWellFormedAndNeverContradict() {
        Map<String, String> limitByRoleAndExtra = new HashMap<>();
        for (Page page : pages.values()) {
            if (!page.type().equals("parameter")) {
                continue;
            }
            JsonNode limits = page.frontMatter().path("limits");
            assertTrue(limits.isArray() && limits.size() >= 1, page.file() + ": limits");
            for (JsonNode limit : limits) {
                assertTrue(ROLES.contains(limit.path("role").asText()), page.file() + ": role");
                assertTrue(ROLES.contains(limit.path("approval").asText()), page.file() + ": approval");
                assertTrue(limit.path("up-to").asText().matches("\\d+ (USD|minutes)"), page.file() + ": up-to");
                assertFalse(limit.path("conditions").asText().isBlank(), page.file() + ": conditions");
                String key = limit.path("role").asText() + " / " + limit.path("extra").asText();
                String previous = limitByRoleAndExtra.put(key, limit.path("up-to").asText());
                if (previous != null) {
                    fail(page.file() + ": " + key + " limited twice");
                }
            }
        }
        assertFalse(limitByRoleAndExtra.isEmpty());
    }

    @Test
    void bodiesUseListsTablesAndInlineMarkup() {
        long withTable = pages.values().stream().filter(p -> p.body().contains("\n| --- |")).count();
        assertBetween((int) withTable, PAGES / 10, PAGES * 2 / 5, "pages with a table");
        assertTrue(pages.values().stream().anyMatch(p -> p.body().contains("\n- ")), "bullet list");
        assertTrue(pages.values().stream().anyMatch(p -> p.body().contains("\n1. ")), "numbered list");
        assertTrue(pages.values().stream().anyMatch(p -> p.body().contains("**")), "strong emphasis");
        assertTrue(pages.values().stream().anyMatch(p -> p.body().matches("(?s).*`[A-Z0-9-]+`.*")), "inline code");
        assertTrue(pages.values().stream().noneMatch(p -> p.body().toLowerCase(Locale.ROOT).contains("lorem")));
    }

    @Test
    void averageWordsPerPageIsAboutSixHundredFifty() {
        double average = pages.values().stream().mapToLong(Page::words).average().orElseThrow();
        assertTrue(average >= 550 && average <= 750, "average words per page " + average);
    }

    private static Page read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("---\n")) {
            fail(file + ": no front matter");
        }
        int end = text.indexOf("\n---\n", 4);
        if (end < 0) {
            fail(file + ": front matter not closed");
        }
        JsonNode frontMatter = YAML.readTree(text.substring(4, end + 1));
        assertTrue(frontMatter != null && frontMatter.isObject(), file + ": front matter is not a mapping");
        return new Page(file, frontMatter, text.substring(end + 5));
    }

    /** GitHub's anchor rule, written independently of {@link Slug}. */
    private static String githubSlug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static void assertBetween(Integer value, int low, int high, String what) {
        int actual = value == null ? 0 : value;
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in " + low + ".." + high);
    }
}
