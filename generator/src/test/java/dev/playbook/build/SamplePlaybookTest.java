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
}
