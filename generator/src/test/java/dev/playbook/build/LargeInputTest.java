package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 part 6, very large inputs: each is a real build of a small playbook with one huge or
 * deeply nested page, which ends within seconds in a built site or in a problem at the page that
 * says what to do, never in a hang, a stack overflow or running out of memory. Times measured on
 * 2 busy cores are in docs/reliability.md ("Large inputs"); the timeout is generous.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeInputTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String SENTENCE = "The customer called about order 42 and the agent owned the problem from start to finish. ";

    @TempDir
    Path dir;

    private TestPlaybook site() {
        return TestPlaybook.in(dir).file("index.md", "# Home\n\nSee the [guide](guide.md).\n").file("guide.md", "# Guide\n\nShort.\n");
    }

    /** Writes a page through a buffer, so that no test holds a huge string. */
    private static void stream(TestPlaybook site, String path, Consumer<BufferedWriter> content) {
        try (BufferedWriter out = Files.newBufferedWriter(site.source().resolve(path), StandardCharsets.UTF_8)) {
            content.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedWriter out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds within the timeout; the build neither crashes nor leaves a stack trace or a JVM error in what it prints. */
    private static TestPlaybook.Result build(TestPlaybook site) {
        TestPlaybook.Result result = assertTimeoutPreemptively(TIMEOUT, () -> site.build());
        assertTrue(result.exitCode() <= 1, result::toString);
        for (String sign : new String[] {"StackOverflowError", "OutOfMemoryError", "Exception", "\tat "}) {
            assertFalse(result.all().contains(sign), () -> sign + " in the output:\n" + result.all().lines().limit(20).toList());
        }
        return result;
    }

    /** The page was published, or the build failed with an error at that page. */
    private static void builtOrPositioned(TestPlaybook site, TestPlaybook.Result result, String page) {
        String html = page.replace(".md", ".html");
        boolean positioned = result.err().lines().anyMatch(l -> l.contains("/playbook/" + page + ":") && l.contains(": error: "));
        assertTrue(result.exitCode() == 0 && site.published(html) || result.exitCode() == 1 && positioned,
                () -> page + ": published, or an error at its place\n" + result.err().lines().limit(10).toList());
    }

    @Test
    @Order(1)
    void aPageOfOneLineOfAMegabyteBuilds() {
        TestPlaybook site = site();
        stream(site, "line.md", out -> {
            write(out, "# Line\n\n");
            for (int i = 0; i < 1_000_000 / SENTENCE.length(); i++) {
                write(out, SENTENCE);
            }
            write(out, "the end.\n");
        });
        TestPlaybook.Result result = build(site);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(site.output("line.html").contains("the end."));
    }

    /** Lucene refuses terms over 32,766 bytes: a heading's anchor of 100,000 characters was one, and failed the build. */
    @Test
    @Order(2)
    void immenseWordsHeadingsLinksAndTitlesBuild() {
        TestPlaybook site = site()
                .file("words.md", "---\ntitle: " + "t".repeat(100_000) + "\ntags: [" + "g".repeat(50_000) + "]\n---\n"
                        + "a".repeat(1_000_000) + "\n\n## " + "h".repeat(100_000) + "\n\n`" + "c".repeat(100_000) + "`\n\n"
                        + "[x](https://example.org/" + "u".repeat(100_000) + ")\n\n" + "日本語".repeat(100_000) + "\n");
        TestPlaybook.Result result = build(site);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(site.output("words.html").contains("h".repeat(100_000)));

        TestPlaybook id = TestPlaybook.in(dir.resolve("id")).file("id.md", "---\nid: " + "i".repeat(40_000) + "\n---\n# Id\n");
        TestPlaybook.Result refused = build(id);
        assertTrue(refused.err().lines().anyMatch(l -> l.contains("/playbook/id.md:2:5: error: id \"iiii")
                && l.contains("...\" may use only lowercase letters, digits and single hyphens (at most 128 characters)")
                && l.length() < 600), refused.err().lines().map(l -> l.substring(0, Math.min(300, l.length()))).toList()::toString);
    }

    @Test
    @Order(3)
    void aPageOfAHundredThousandHeadingsBuilds() {
        TestPlaybook site = site();
        stream(site, "headings.md", out -> {
            write(out, "# Headings\n\n");
            for (int i = 0; i < 100_000; i++) {
                write(out, "## Heading " + i + "\n\n");
            }
        });
        TestPlaybook.Result result = build(site);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(site.output("headings.html").contains("id=\"heading-99999\""));
    }

    @Test
    @Order(4)
    void tenThousandNestedListsQuotesAndTagsBuildOrFailAtTheirPage() {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("lists.md", "- ".repeat(10_000) + "deep\n");
        pages.put("ordered.md", "1. ".repeat(10_000) + "deep\n");
        pages.put("quotes.md", "> ".repeat(10_000) + "deep\n");
        pages.put("divs.md", "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "\n");
        pages.put("spans.md", "text " + "<span>".repeat(10_000) + "deep" + "</span>".repeat(10_000) + "\n");
        pages.put("emphasis.md", "*a ".repeat(10_000) + "deep" + " a*".repeat(10_000) + "\n");
        pages.forEach((page, body) -> {
            // One playbook each: an error on one page would keep the others from being published.
            TestPlaybook site = TestPlaybook.in(dir.resolve(page)).file(page, "# Deep\n\n" + body);
            TestPlaybook.Result result = build(site);
            builtOrPositioned(site, result, page);
            assertTrue(result.exitCode() == 0 || result.err().contains("/playbook/" + page + ":3:1: error: this page nests too deeply"),
                    () -> page + ": the error points at the deep line\n" + result.err());
        });
    }

    @Test
    @Order(5)
    void aFrontMatterOfAMegabyteIsReadAndALargerOneIsAnErrorAtItsStart() {
        TestPlaybook site = site();
        stream(site, "front.md", out -> {
            write(out, "---\ntitle: Front\n");
            for (int i = 0; i < 15_000; i++) {
                write(out, "field" + i + ": the value of a field in a front matter of one megabyte\n");
            }
            write(out, "---\n# Front\n\nBody.\n");
        });
        stream(site, "huge-front.md", out -> {
            write(out, "---\ntitle: Huge\nnotes: |\n");
            for (int i = 0; i < 60_000; i++) {
                write(out, "  line " + i + " of a note of four megabytes kept in the front matter\n");
            }
            write(out, "---\n# Huge\n\nBody.\n");
        });
        TestPlaybook.Result result = build(site);
        assertTrue(result.err().contains("/playbook/front.md:3:1: warning: unknown field \"field0\""), result.err().lines().limit(3).toList()::toString);
        assertTrue(result.err().lines().anyMatch(l -> l.contains("/playbook/huge-front.md:1:1: error: the front matter is ")
                && l.endsWith(" MB; front matter over 1 MB is not read; keep long text in the page's body")), result.err().lines().filter(l -> l.contains("huge-front")).toList()::toString);
        assertTrue(Files.exists(site.source().resolve("front.md")) && sizeOf(site, "front.md") > 900_000 && sizeOf(site, "front.md") < 1 << 20);
    }

    private static long sizeOf(TestPlaybook site, String page) {
        try {
            return Files.size(site.source().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(6)
    void aParagraphOfAHundredThousandLinksBuilds() {
        TestPlaybook site = site();
        stream(site, "links.md", out -> {
            write(out, "# Links\n\n");
            for (int i = 0; i < 50_000; i++) {
                write(out, "See the [guide](guide.md) and [[guide]] of part " + i + ".\n");
            }
        });
        TestPlaybook.Result result = build(site);
        assertEquals(0, result.exitCode(), () -> result.err().lines().limit(5).toList().toString());
        assertTrue(site.output("links.html").contains("of part 49999."));
    }

    @Test
    @Order(7)
    void aTableOfTenMegabytesBuilds() {
        TestPlaybook site = site();
        stream(site, "table.md", out -> {
            write(out, "# Table\n\n| Role | Limit | Note |\n|---|---|---|\n");
            long size = 0;
            for (int i = 0; size < 10_000_000; i++) {
                String row = "| Agent " + i + " | $25 | The agent owns the refund up to the limit and asks a lead above it |\n";
                write(out, row);
                size += row.length();
            }
        });
        TestPlaybook.Result result = build(site);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(site.output("table.html").contains("<td>Agent 100</td>"));
    }

    @Test
    @Order(8)
    void aPageOfFiftyMegabytesAndADataFileOfElevenAreErrorsAtTheFileNotABuild() {
        TestPlaybook site = site();
        stream(site, "large.md", out -> {
            write(out, "# Large\n\n");
            String section = "## Section\n\n" + SENTENCE.repeat(10) + "\n\n";
            for (long size = 0; size < 50L << 20; size += section.length()) {
                write(out, section);
            }
        });
        stream(site, "glossary-export.yml", out -> {
            for (long size = 0; size < 11L << 20; size += 40) {
                write(out, "- term: a term of a generated glossary\n");
            }
        });
        TestPlaybook.Result result = build(site);
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("/playbook/large.md: error: the page is 50 MB; pages over 10 MB are not built;"
                + " split it into smaller pages"), result::toString);
        assertTrue(result.err().contains("/playbook/glossary-export.yml: error: the file is 11 MB; data files over 10 MB are not"
                + " read; split it into smaller files"), result::toString);
    }
}
