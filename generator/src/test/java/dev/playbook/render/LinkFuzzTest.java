package dev.playbook.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.diag.Problems;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.model.UrlPaths;
import dev.playbook.testing.FuzzPlaybook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13 (fuzzing): any text as a link destination ({@code [x](...)}) and as a link by id
 * ({@code [[...]]}) on pages at three depths of a small playbook. Every href that leads into the
 * site is relative and, read back the way a browser resolves it, lands exactly on the target's
 * published path inside the site; an external link is never a script URL; output paths are safe.
 */
class LinkFuzzTest {

    private static final Site SITE;
    private static final LinkResolver LINKS;
    private static final List<Page> FROM;

    static {
        FuzzPlaybook playbook = FuzzPlaybook.create("playbook-link-fuzz");
        Problems problems = new Problems();
        SITE = new SiteModeler(playbook.config(), false).model(playbook.load().pages(), problems);
        LINKS = new LinkResolver(SITE, Set.of(FuzzPlaybook.IMAGE));
        FROM = List.of(SITE.bySource("index.md").orElseThrow(), SITE.bySource("standards/own-the-problem.md").orElseThrow(),
                SITE.bySource("training/deep/nested/page.md").orElseThrow());
    }

    @FuzzTest(maxDuration = "5m")
    void destination(byte[] input) {
        String written = new String(input, StandardCharsets.UTF_8);
        for (Page from : FROM) {
            check(from, LINKS.resolve(from, written), written);
            int hash = written.indexOf('#');
            String id = hash < 0 ? written : written.substring(0, hash);
            Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(written.substring(hash + 1));
            check(from, LINKS.resolveId(from, id, anchor), written);
        }
        for (String path : List.of(written, UrlPaths.encode(written))) {
            if (UrlPaths.isSafe(path)) {
                assertTrue(normalise("", path).map(path::equals).orElse(false), () -> "a safe path that moves: " + path);
            }
        }
    }

    private static void check(Page from, LinkResolver.Target target, String written) {
        if (target instanceof LinkResolver.Target.ToPage page) {
            assertLeadsTo(from, page.href(), page.page().url(), written);
        } else if (target instanceof LinkResolver.Target.ToFile file) {
            assertLeadsTo(from, file.href(), file.path(), written);
        } else if (target instanceof LinkResolver.Target.External external) {
            String url = external.url().replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
            // vbscript: and data: are let through as external links (reported with issue 13; no current browser runs them).
            assertFalse(url.startsWith("javascript:"), () -> "a script link: " + written);
        } else if (target instanceof LinkResolver.Target.Broken broken) {
            assertFalse(broken.message().isBlank(), "a broken link says why");
        }
    }

    /** The href, resolved from the linking page as a browser resolves it, is the target's path. */
    private static void assertLeadsTo(Page from, String href, String targetUrl, String written) {
        String context = "\"" + written + "\" from " + from.url() + " gave href \"" + href + "\"";
        assertFalse(href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || href.startsWith("/") || href.startsWith("\\"),
                () -> "not relative: " + context);
        String path = href.replaceAll("(?s)[?#].*", ""); // a query may hold a line break (found by fuzzing)
        if (path.isEmpty()) { // "", "#x" or "?x" (found by fuzzing: "." with a query, from the folder's own index)
            assertEquals(from.url(), targetUrl, () -> "a same-page href to another page: " + context);
            return;
        }
        String folder = from.url().contains("/") ? from.url().substring(0, from.url().lastIndexOf('/')) : "";
        Optional<String> landed = normalise(folder, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        if (landed.isEmpty()) {
            fail("leads outside the site: " + context);
        }
        assertEquals(targetUrl, landed.get(), () -> "lands elsewhere: " + context);
    }

    private static Optional<String> normalise(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder.isEmpty() ? path : folder + "/" + path).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
