package dev.playbook.cli;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manual in {@code docs/} is a playbook: it checks clean with {@code --strict}, builds with
 * its cross-links and search, and the README stays short, every link of it leading to a file.
 */
class ManualSiteTest {

    private static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void theManualChecksCleanAndBuildsWithSearch(@TempDir Path temp) throws IOException {
        Path docs = REPO.resolve("docs");
        TestPlaybook.Result check = TestPlaybook.run("check", "--source", docs.toString(), "--strict");
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.err().contains("0 error(s), 0 warning(s)"), check::toString);

        Path out = temp.resolve("manual");
        TestPlaybook.Result build = TestPlaybook.run("build", "--source", docs.toString(), "--out", out.toString(), "-q");
        assertEquals(0, build.exitCode(), build::toString);
        Path release = out.resolve("0.1");
        for (String guide : List.of("getting-started", "playbook-format", "limits", "stories", "search-and-index", "releases",
                "serve", "trainers", "themes", "bring-your-handbook", "cli", "performance", "safety")) {
            assertTrue(Files.isRegularFile(release.resolve(guide + ".html")), guide + " is a page of the manual");
        }
        Document start = Jsoup.parse(release.resolve("getting-started.html").toFile(), "UTF-8");
        assertTrue(start.select("a[href=playbook-format.html]").size() > 0 || start.select("a[href$=playbook-format.html]").size() > 0,
                "the guides link to each other as pages");

        TestPlaybook.Result search = TestPlaybook.run("search", "--out", out.toString(), "--json", "authority", "matrix");
        assertEquals(0, search.exitCode(), search::toString);
        assertTrue(search.out().contains("limits.html"), "search finds the limits guide: " + search.out());
    }

    @Test
    void theReadmeIsShortAndEveryLinkOfItResolves() throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve("README.md"));
        assertTrue(lines.size() < 150, "README has " + lines.size() + " lines; the reference belongs in docs/");
        Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(String.join("\n", lines));
        List<String> missing = new ArrayList<>();
        int links = 0;
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("[a-z]+:.*")) {
                continue;
            }
            links++;
            if (!Files.exists(REPO.resolve(target))) {
                missing.add(target);
            }
        }
        assertTrue(links >= 5, "the README links into docs/");
        assertEquals(List.of(), missing, "README links to files that do not exist");
    }
}
