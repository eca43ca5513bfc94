package dev.playbook.scorm;

import dev.playbook.model.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One page of the site as a course package holds it: what only works on the whole site goes (the
 * site's navigation, search, the release switcher, the course bar: the player steps through the
 * course), links to pages outside the course lead to the published site (with {@code base-url})
 * or become plain text, and the local files the page needs are listed for the package.
 */
final class PackagedPage {

    /** What a packaged page drops: the site-wide navigation and tools, each with its script or stylesheet. */
    private static final String DROPPED = ".sidebar, nav.course-bar, form.site-search, .release-switcher, .permalink,"
            + " script[src$=search-box.js], script[src$=course-bar.js], script[src$=releases.js], script[src$=permalink.js],"
            + " link[href$=search.css], link[href$=releases.css], link[href$=permalinks.css]";
    /** Attributes that name a file the page loads. */
    private static final List<String[]> LOADED = List.of(new String[] {"link[href]", "href"},
            new String[] {"script[src]", "src"}, new String[] {"img[src]", "src"}, new String[] {"source[src]", "src"},
            new String[] {"video[src]", "src"}, new String[] {"video[poster]", "poster"}, new String[] {"audio[src]", "src"},
            new String[] {"track[src]", "src"}, new String[] {"object[data]", "data"}, new String[] {"embed[src]", "src"},
            new String[] {"[data-answers]", "data-answers"});

    private PackagedPage() {
    }

    /** A page rewritten for the package, and the local files it loads or links to (paths in the release). */
    record Result(String html, Set<String> needs) { }

    /**
     * @param path     where the page is, in the release and in the package
     * @param html     the page as the site publishes it
     * @param packaged whether a page of the site is in the package
     * @param exists   whether the release has a file (a download a link may lead to)
     * @param siteBase where the release's pages are published ({@code https://example.com/2026.1/}); empty: links to
     *                 pages outside the course become text
     */
    static Result of(String path, String html, Predicate<String> packaged, Predicate<String> exists, Optional<String> siteBase) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        document.select(DROPPED).remove();
        Set<String> needs = new java.util.TreeSet<>();
        for (String[] loaded : LOADED) {
            for (Element element : document.select(loaded[0])) {
                local(path, element.attr(loaded[1])).filter(exists).ifPresent(needs::add);
            }
        }
        for (Element element : document.select("img[srcset], source[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                local(path, url).filter(exists).ifPresent(needs::add);
            }
        }
        for (Element link : new ArrayList<>(document.select("a[href]"))) {
            String href = link.attr("href");
            Optional<String> target = local(path, href);
            if (target.isEmpty() || target.get().equals(path) || packaged.test(target.get())) {
                continue;
            }
            if (!isPage(target.get()) && exists.test(target.get())) {
                needs.add(target.get());
                continue;
            }
            if (siteBase.isPresent()) {
                link.attr("href", siteBase.get() + UrlPaths.encode(target.get()) + fragment(href));
                link.attr("target", "_blank");
                link.attr("rel", "noopener");
            } else {
                link.unwrap();
            }
        }
        return new Result(document.outerHtml(), needs);
    }

    /** The release path a relative URL on {@code from} leads to, without query or fragment; empty for other sites and fragments. */
    static Optional<String> local(String from, String value) {
        String url = value.strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.startsWith("data:")) {
            return Optional.empty();
        }
        int colon = url.indexOf(':');
        if (colon >= 0 && colon < firstOf(url, "/?#")) {
            return Optional.empty();
        }
        try {
            URI resolved = new URI("http", "h", "/" + from, null).resolve(new URI(url));
            String resolvedPath = resolved.getPath();
            if (resolvedPath == null || !resolvedPath.startsWith("/") || resolvedPath.length() < 2) {
                return Optional.empty();
            }
            String target = resolvedPath.substring(1);
            return UrlPaths.isSafe(target) ? Optional.of(target) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isPage(String path) {
        return path.endsWith(".html") || path.endsWith("/");
    }

    private static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : href.substring(hash);
    }

    private static int firstOf(String value, String characters) {
        int first = value.length();
        for (char c : characters.toCharArray()) {
            int at = value.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }
}
