package dev.playbook.browser;

import com.sun.net.httpserver.HttpServer;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.UnhandledAlertException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's measure: a playbook full of XSS vectors (in raw HTML, inline HTML, Markdown links and
 * images, front matter, a course, the glossary and a limits table), built, served and read page by
 * page in Chromium. No payload may run, no page may hold a handler, a script URL, a frame, an
 * outside resource or a clobbered global, and a server standing for the rest of the internet must
 * get no request. Read twice: as published (with the Content-Security-Policy), and with the policy's
 * meta tag taken out of every page, so the sanitizer alone is proven too.
 */
@ExtendWith(ChromiumInstalled.class)
class XssVectorsBrowserTest {

    private static final int PER_PAGE = 12;
    private static final Pattern POLICY_META = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?");

    /** Runs in each page after it loaded: every sign that content ran, loads from outside or shadows the theme. */
    private static final String AUDIT = """
            const problems = [];
            const sameSite = (value) => {
              try {
                const url = new URL(value, document.baseURI);
                return location.protocol === 'file:' ? url.protocol === 'file:' : url.origin === location.origin;
              } catch (e) { return false; }
            };
            if (document.title === '1337') problems.push('a payload ran: the title is 1337');
            if (window.frames.length > 0) problems.push(window.frames.length + ' frame(s) in the page');
            const urls = ['href', 'src', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'srcset',
                'cite', 'dynsrc', 'lowsrc', 'codebase'];
            for (const el of document.querySelectorAll('*')) {
              for (const attribute of el.attributes) {
                const name = attribute.name.toLowerCase();
                if (name.startsWith('on')) problems.push('handler ' + name + ' on <' + el.localName + '>');
                if (!urls.includes(name)) continue;
                let protocol;
                try { protocol = new URL(attribute.value, document.baseURI).protocol; } catch (e) { continue; }
                if (!['http:', 'https:', 'mailto:', 'tel:', 'file:'].includes(protocol)) {
                  problems.push(name + '="' + attribute.value + '" on <' + el.localName + '>');
                } else if (name !== 'href' && name !== 'cite' && !sameSite(attribute.value)) {
                  problems.push('loads from outside: ' + name + '="' + attribute.value + '" on <' + el.localName + '>');
                }
              }
            }
            for (const script of document.querySelectorAll('script')) {
              if (!script.src || !sameSite(script.src)) problems.push('script not from the site: ' + (script.src || script.textContent.slice(0, 60)));
            }
            const foreign = 'iframe, frame, frameset, object, embed, applet, portal, base, video, audio, main svg:not(button svg), main math, '
                + 'main style, main link, main meta, main [style], main form:not(.search-page-form):not(.filters)';
            for (const el of document.querySelectorAll(foreign)) problems.push('<' + el.localName + '> in the page');
            if (document.baseURI.split('#')[0] !== location.href.split('#')[0]) problems.push('base URI changed: ' + document.baseURI);
            for (const entry of performance.getEntriesByType('resource')) {
              if (!sameSite(entry.name)) problems.push('request out: ' + entry.name);
            }
            if (window.PlaybookSearch instanceof Element) problems.push('window.PlaybookSearch is clobbered');
            if (typeof document.cookie !== 'string') problems.push('document.cookie is clobbered');
            if (typeof document.querySelector !== 'function') problems.push('document.querySelector is clobbered');
            return problems;
            """;

    @TempDir
    static Path temp;

    private static Outside outside;
    private static TestPlaybook site;
    private static Path withoutPolicy;
    private static StaticServer published;
    private static StaticServer sanitizerOnly;
    private static Browser browser;

    @BeforeAll
    static void buildAndServe() throws IOException {
        outside = Outside.start();
        site = write(TestPlaybook.in(temp.resolve("playbook-src")), outside.origin());
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        withoutPolicy = temp.resolve("without-policy");
        int stripped = copyWithoutPolicy(site.out(), withoutPolicy);
        assertTrue(stripped > 20, "the policy is taken out of every page: " + stripped);
        Files.writeString(withoutPolicy.resolve(site.release()).resolve("control.html"), "<!DOCTYPE html><title>Control</title>"
                + "<img src=x onerror=" + XssVectors.PAYLOAD + "><img src=\"" + outside.origin() + "/control.png\">");
        published = StaticServer.serve(site.out());
        sanitizerOnly = StaticServer.serve(withoutPolicy);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try (Browser closingBrowser = browser; StaticServer a = published; StaticServer b = sanitizerOnly; Outside c = outside) {
            // all closed, even if one fails
        }
    }

    /** The detectors see a payload that runs and a request that leaves, or the other tests would prove nothing. */
    @Test
    void theDetectorsSeeAnUnsanitizedPage() {
        List<String> problems = read(sanitizerOnly.url(site.release() + "/control.html"));
        assertTrue(problems.contains("a payload ran: the title is 1337"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("request out: " + outside.origin() + "/control.png")), problems::toString);
        assertTrue(outside.requests().contains("/control.png"), outside.requests()::toString);
        outside.forget();
    }

    @Test
    void noVectorRunsOrLeavesTheSiteAsPublished() {
        assertEquals(List.of(), readEveryPage(published), "with the Content-Security-Policy");
    }

    @Test
    void noVectorRunsOrLeavesTheSiteWithTheSanitizerAlone() {
        assertEquals(List.of(), readEveryPage(sanitizerOnly), "without the Content-Security-Policy");
    }

    private static List<String> readEveryPage(StaticServer server) {
        outside.forget();
        List<String> problems = new ArrayList<>();
        for (String page : pages()) {
            for (String problem : read(server.url(page))) {
                problems.add(page + ": " + problem);
            }
        }
        // The header's search box shows passages of the page that quotes a payload as code.
        String home = server.url(site.release() + "/index.html");
        browser.open(home);
        browser.find("#site-search-q").sendKeys("onerror");
        browser.await("search results", driver -> !browser.findAll("#site-search-results [role=option]").isEmpty());
        read(null).forEach(problem -> problems.add("search box: " + problem));
        outside.requests().forEach(path -> problems.add("the outside server was asked for " + path));
        return problems;
    }

    /** Opens a page (or stays, for {@code null}), lets timers and media events fire, and audits it. */
    private static List<String> read(String url) {
        List<String> problems = new ArrayList<>();
        browser.clearConsole();
        try {
            if (url != null) {
                browser.open(url);
            }
            Thread.sleep(150);
            // Redirect pages (the root page, aliases) lead within the site; nothing may lead elsewhere.
            String at = browser.driver().getCurrentUrl();
            if (url != null && !at.startsWith(url.substring(0, url.indexOf('/', "http://".length()) + 1))) {
                problems.add("navigated to " + at);
            }
            problems.addAll(browser.<List<String>>script(AUDIT));
        } catch (UnhandledAlertException e) {
            problems.add("an alert opened: " + e.getAlertText());
            browser.driver().switchTo().alert().dismiss();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String message : browser.consoleErrors()) {
            if (message.contains("Content Security Policy") || message.contains(outside.origin())) {
                problems.add("console: " + message);
            }
        }
        return problems;
    }

    /** Every page of the release, the root page, and search pages that quote the payloads. */
    private static List<String> pages() {
        Path release = site.site();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(release)) {
            files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> site.release() + "/" + release.relativize(file).toString().replace('\\', '/'))
                    .sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.add("index.html");
        pages.add(site.release() + "/search.html?q=onerror");
        pages.add(site.release() + "/search.html?q=img+script");
        return pages;
    }

    private static TestPlaybook write(TestPlaybook playbook, String out) {
        String host = out.substring("http:".length());
        List<String> blocks = XssVectors.HTML_BLOCKS.stream().map(v -> fill(v, out, host)).toList();
        // Broken links (javascript: ones among them) are warnings here, so the pages that have them are published.
        playbook.file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\nroles:\n  - id: associate\n    title: Associate\n"
                + "  - id: team-lead\n    title: Team lead\n");
        playbook.file("index.md", "# Home\n\nVectors of issue 13. A clobber word is explained in the glossary.\n");
        for (int page = 0; page * PER_PAGE < blocks.size(); page++) {
            StringBuilder body = new StringBuilder("# Vectors " + page + "\n\nText before.\n\n");
            for (String block : blocks.subList(page * PER_PAGE, Math.min(blocks.size(), (page + 1) * PER_PAGE))) {
                body.append(block).append("\n\nText between.\n\n");
            }
            playbook.file("vectors/html-" + page + ".md", body.toString());
        }
        StringBuilder markdown = new StringBuilder("# Markdown vectors\n\n");
        XssVectors.MARKDOWN.forEach(v -> markdown.append(fill(v, out, host)).append("\n\n"));
        playbook.file("vectors/markdown.md", markdown.toString());
        String js = XssVectors.PAYLOAD;
        playbook.file("vectors/front-matter.md", "---\ntitle: \"<img src=x onerror=" + js + "> title\"\n"
                + "summary: \"<script>" + js + "</script><img src=" + out + "/summary.png>\"\n"
                + "tags: [\"<svg onload=" + js + ">\", \"javascript:" + js + "\"]\n---\nA page whose front matter is hostile.\n");
        playbook.file("parameters/limits.md", "---\ntitle: Limits with markup\ntype: parameter\nlimits:\n  - role: associate\n"
                + "    extra: \"<img src=x onerror=" + js + ">\"\n    up-to: $25\n    approval: team-lead\n"
                + "    conditions: \"<script>" + js + "</script><img src=" + out + "/limit.png>\"\n---\nLimits.\n");
        playbook.file("glossary.yml", "terms:\n  - term: Clobber word\n    definition: \"<img src=x onerror=" + js
                + "><script>" + js + "</script><a href=javascript:" + js + ">x</a>\"\n");
        playbook.file("courses/hostile.yml", "title: \"<img src=x onerror=" + js + "> course\"\n"
                + "summary: \"<script>" + js + "</script>\"\nmodules:\n  - title: \"<svg onload=" + js + ">\"\n    steps:\n"
                + "      - page: markdown\n        notes: \"<img src=" + out + "/notes.png>\"\n"
                + "        questions: [\"<iframe srcdoc=x></iframe>\"]\n      - page: html-0\n");
        return playbook;
    }

    private static String fill(String vector, String out, String host) {
        return vector.replace("OUTHOST", host).replace("OUT", out).replace("JS", XssVectors.PAYLOAD);
    }

    private static int copyWithoutPolicy(Path from, Path to) throws IOException {
        int stripped = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.toString().endsWith(".html")) {
                    String html = Files.readString(file);
                    String without = POLICY_META.matcher(html).replaceAll("");
                    stripped += without.equals(html) ? 0 : 1;
                    Files.writeString(target, without);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return stripped;
    }

    /** A server on another port standing for every other site: it answers everything, and remembers what it was asked. */
    private static final class Outside implements AutoCloseable {
        private final HttpServer server;
        private final List<String> requests = new CopyOnWriteArrayList<>();

        private Outside(HttpServer server) {
            this.server = server;
        }

        static Outside start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Outside outside = new Outside(server);
            server.createContext("/", exchange -> {
                try (exchange) {
                    outside.requests.add(exchange.getRequestURI().getPath());
                    byte[] body = (XssVectors.PAYLOAD + ";").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/javascript");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream stream = exchange.getResponseBody()) {
                        stream.write(body);
                    }
                }
            });
            server.start();
            return outside;
        }

        String origin() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        void forget() {
            requests.clear();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
