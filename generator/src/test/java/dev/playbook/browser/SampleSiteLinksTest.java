package dev.playbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the built sample playbook, opened in Chromium from a local web server: no page
 * logs an error or a warning, every link and asset it names exists (anchors included), and
 * nothing it loads comes from anywhere but that server. The pages are visited once; each test
 * reads what the browser saw.
 */
@ExtendWith(ChromiumInstalled.class)
class SampleSiteLinksTest {

    /** What the browser saw on one page. */
    record Visit(String page, List<String> console, List<Reference> references, List<String> ids, List<String> loaded) {
    }

    /**
     * One {@code a[href]}, {@code link[href]}, {@code script[src]} or {@code img[src]}, as the browser
     * resolved it against the page: scheme ("https:"), origin, and the decoded path and fragment.
     */
    record Reference(String element, String written, String scheme, String origin, String path, String fragment) {
        boolean loadsSomething() {
            return !element.equals("a");
        }
    }

    private static final String READ_PAGE = """
            const decode = (text) => { try { return decodeURIComponent(text); } catch { return text; } };
            const references = Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'),
              (e) => {
                const written = e.getAttribute(e.matches('a, link') ? 'href' : 'src');
                let url;
                try {
                  url = new URL(written, document.baseURI);
                } catch {
                  return [e.localName, written, 'invalid:', 'null', '', ''];
                }
                return [e.localName, written, url.protocol, url.origin, decode(url.pathname), decode(url.hash.slice(1))];
              });
            const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
            const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
            // One string is far quicker through WebDriver than a few hundred nested arrays.
            return JSON.stringify([references, ids, loaded]);
            """;

    @TempDir
    static Path temp;

    private static Path site;
    private static StaticServer server;
    private static final Map<String, Visit> visits = new TreeMap<>();

    @BeforeAll
    static void visitEveryPage() {
        site = SampleSite.buildInto(temp.resolve("site"));
        server = StaticServer.serve(site);
        try (Browser browser = Browser.start()) {
            for (String page : htmlPages()) {
                browser.clearConsole();
                browser.open(server.url(page));
                // Read the page only once it is the one asked for and whole: on a loaded machine a
                // navigation seen once to hand back before the new document was in place.
                String wanted = server.url(page);
                browser.await("the visit of " + page, driver -> driver.getCurrentUrl().startsWith(wanted)
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
                visits.put(page, read(browser, page));
            }
        }
    }

    @AfterAll
    static void stop() {
        try (StaticServer closing = server) {
            // closed even when the visits failed
        }
    }

    @Test
    void everyPageWasVisited() {
        assertTrue(visits.size() > 30, "the sample has a real number of pages: " + visits.size());
    }

    @Test
    void noPageLogsAnErrorOrWarning() {
        List<String> logged = new ArrayList<>();
        visits.values().forEach(visit -> visit.console().forEach(message -> logged.add(visit.page() + ": " + message)));
        assertEquals(List.of(), logged);
    }

    @Test
    void everyLocalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        for (Visit visit : visits.values()) {
            for (Reference reference : visit.references()) {
                if (reference.scheme().equals("invalid:")) {
                    broken.add(visit.page() + ": " + reference.written() + " is not a URL");
                }
                localPath(reference)
                        .flatMap(path -> problem(path, reference.fragment()))
                        .ifPresent(problem -> broken.add(visit.page() + ": " + reference.written() + " " + problem));
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noPageRepeatsAnId() {
        List<String> repeated = new ArrayList<>();
        for (Visit visit : visits.values()) {
            Set<String> seen = new HashSet<>();
            visit.ids().stream().filter(id -> !seen.add(id)).distinct()
                    .forEach(id -> repeated.add(visit.page() + ": id \"" + id + "\""));
        }
        assertEquals(List.of(), repeated);
    }

    @Test
    void nothingLoadsFromOutsideTheServer() {
        List<String> outside = new ArrayList<>();
        for (Visit visit : visits.values()) {
            visit.references().stream()
                    .filter(Reference::loadsSomething)
                    .filter(SampleSiteLinksTest::isRemote)
                    .forEach(reference -> outside.add(visit.page() + ": <" + reference.element() + "> " + reference.written()));
            visit.loaded().stream()
                    .filter(url -> !url.startsWith(server.origin() + "/"))
                    .forEach(url -> outside.add(visit.page() + ": loaded " + url));
        }
        assertEquals(List.of(), outside);
    }

    /** What is wrong with a link to the site file {@code path} and {@code fragment}, if anything. */
    private static Optional<String> problem(String path, String fragment) {
        if (!Files.isRegularFile(site.resolve(path))) {
            return Optional.of("-> no file " + path);
        }
        if (fragment.isEmpty()) {
            return Optional.empty();
        }
        Visit target = visits.get(path);
        if (target == null) {
            return Optional.of("-> #" + fragment + " points into " + path + ", which is not a page");
        }
        if (!target.ids().contains(fragment)) {
            return Optional.of("-> no element with id \"" + fragment + "\" in " + path);
        }
        return Optional.empty();
    }

    /** The site-relative path a reference to the test server points at; empty for other hosts and schemes. */
    private static Optional<String> localPath(Reference reference) {
        if (!reference.origin().equals(server.origin())) {
            return Optional.empty();
        }
        return Optional.of(reference.path().replaceFirst("^/", ""));
    }

    private static boolean isRemote(Reference reference) {
        return reference.scheme().matches("https?:") && localPath(reference).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Visit read(Browser browser, String page) {
        List<List<?>> seen = new Json().toType(browser.<String>script(READ_PAGE), List.class);
        List<Reference> references = ((List<List<String>>) seen.get(0)).stream()
                .map(row -> new Reference(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)))
                .toList();
        List<String> console = new ArrayList<>(browser.consoleErrors());
        console.addAll(browser.consoleWarnings());
        return new Visit(page, console, references, List.copyOf((List<String>) seen.get(1)), List.copyOf((List<String>) seen.get(2)));
    }

    /** The sample release's pages; the redirect pages beside it are ReleasesBrowserTest's. */
    private static List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(site.resolve(SampleSite.RELEASE))) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages in " + site, e);
        }
    }
}
