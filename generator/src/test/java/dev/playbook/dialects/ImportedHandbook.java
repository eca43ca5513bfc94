package dev.playbook.dialects;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handbook written in another generator's conventions, built with {@code links: warning}, and
 * what the tests read back: each page's links, the redirect pages, the link problems.
 */
final class ImportedHandbook {

    private static final Pattern PROBLEM = Pattern.compile("(?m)^.*?(playbook/\\S+: (?:error|warning): .*)$");

    final TestPlaybook site;
    TestPlaybook.Result result;

    ImportedHandbook(Path dir, String config) {
        site = new TestPlaybook(dir).file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\n" + config);
    }

    ImportedHandbook file(String path, String text) {
        site.file(path, text);
        return this;
    }

    ImportedHandbook build() {
        result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        return this;
    }

    /** The hrefs of a page's content links, in order (not the headings' own anchor links). */
    List<String> links(String page) {
        return site.html(page).select("main .content a[href]:not(.heading-anchor)").eachAttr("href");
    }

    /** Where a redirect page of the release leads (its meta refresh, script and plain link agree). */
    String redirect(String path) throws Exception {
        Path file = site.site().resolve(path);
        assertTrue(Files.isRegularFile(file), () -> "no redirect page " + path);
        Document html = Jsoup.parse(file.toFile());
        String target = html.selectFirst("script[data-to]").attr("data-to");
        assertEquals("0; url=" + target, html.selectFirst("meta[http-equiv=refresh]").attr("content"), path);
        assertEquals(target, html.selectFirst("body a").attr("href"), path);
        return target;
    }

    /** The problems about links (broken, outside, ambiguous, missing anchors), as {@code playbook/x.md:l:c: severity: message}. */
    List<String> linkProblems() {
        return problems().stream().filter(p -> p.contains("link") || p.contains("anchor")).toList();
    }

    /** Every problem the build printed, paths from the source folder's name. */
    List<String> problems() {
        Matcher matcher = PROBLEM.matcher(result.err());
        List<String> all = new java.util.ArrayList<>();
        while (matcher.find()) {
            all.add(matcher.group(1));
        }
        return all;
    }

    /** Every page of the release (HTML that is not a redirect), for "a page for every Markdown file". */
    boolean published(String path) {
        return site.published(path);
    }
}
