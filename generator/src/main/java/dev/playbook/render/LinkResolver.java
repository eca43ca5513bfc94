package dev.playbook.render;

import dev.playbook.diag.Suggestions;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves link destinations as editors write them (Markdown file paths relative to the page, so
 * the files read well on a git host) into relative URLs of the published site. Besides pages,
 * a link may lead to a published file or to a generated page (the authority matrix, a tag page).
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Site site;
    private final Set<String> staticPaths;

    public LinkResolver(Site site, Set<String> staticPaths) {
        this.site = site;
        this.staticPaths = Set.copyOf(staticPaths);
    }

    /** Where a link leads. */
    public sealed interface Target {
        /** A URL outside the playbook (another site, mail), or one that needs no rewriting. */
        record External(String url) implements Target { }

        /** A page of the playbook, and the href that reaches it from the linking page. */
        record ToPage(Page page, Optional<String> anchor, String href) implements Target { }

        /** A published file (an image, a PDF). */
        record ToFile(String path, String href) implements Target { }

        /** Nothing there: the message says what is wrong. */
        record Broken(String message) implements Target { }
    }

    public Target resolve(Page from, String destination) {
        String url = destination.strip();
        if (url.isEmpty()) {
            return new Target.Broken("empty link destination");
        }
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            if (url.regionMatches(true, 0, "javascript:", 0, 11)) {
                return new Target.Broken("javascript: links are not allowed");
            }
            return new Target.External(url);
        }
        String anchor = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            anchor = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            url = url.substring(0, query);
        }
        Optional<String> fragment = Optional.ofNullable(anchor).filter(a -> !a.isEmpty()).map(LinkResolver::decode);
        if (url.isEmpty()) {
            return new Target.ToPage(from, fragment, fragment.map(a -> "#" + a).orElse("#"));
        }
        Optional<String> path = normalise(from.folder(), decode(url));
        if (path.isEmpty()) {
            return new Target.Broken("link \"" + destination + "\" leads outside the playbook");
        }
        Optional<Page> page = findPage(path.get());
        if (page.isPresent()) {
            String href = page.get() == from ? "" : UrlPaths.relative(from.url(), page.get().url());
            if (href.isEmpty() && fragment.isEmpty()) {
                href = UrlPaths.encodeSegment(lastSegment(from.url()));
            }
            return new Target.ToPage(page.get(), fragment, href + fragment.map(a -> "#" + a).orElse(""));
        }
        if (staticPaths.contains(path.get())) {
            return new Target.ToFile(path.get(), UrlPaths.relative(from.url(), path.get()) + fragment.map(a -> "#" + a).orElse(""));
        }
        return new Target.Broken("broken link: nothing at \"" + path.get() + "\"" + suggestion(path.get()));
    }

    /** A link by stable id ({@code [[id]]} or {@code [[id#anchor]]}), which survives file moves. */
    public Target resolveId(Page from, String id, Optional<String> anchor) {
        Optional<Page> page = site.byId(id.strip());
        if (page.isEmpty()) {
            List<String> ids = site.pages().stream().map(Page::id).toList();
            return new Target.Broken("unknown id \"" + id.strip() + "\" in [[...]]" + Suggestions.didYouMean(id.strip(), ids));
        }
        String href = page.get() == from ? UrlPaths.encodeSegment(lastSegment(from.url()))
                : UrlPaths.relative(from.url(), page.get().url());
        return new Target.ToPage(page.get(), anchor, href + anchor.map(a -> "#" + a).orElse(""));
    }

    private Optional<Page> findPage(String path) {
        Optional<Page> bySource = site.bySource(path);
        if (bySource.isPresent()) {
            return bySource;
        }
        if (path.endsWith(".html")) {
            return site.byUrl(path);
        }
        String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!folder.contains(".")) {
            return site.sectionPage(folder);
        }
        return Optional.empty();
    }

    private String suggestion(String path) {
        List<String> known = site.pages().stream().map(Page::sourcePath).toList();
        return Suggestions.didYouMean(path, known);
    }

    /** Joins a relative link to the linking page's folder, resolving {@code .} and {@code ..}. */
    static Optional<String> normalise(String folder, String link) {
        Deque<String> parts = new ArrayDeque<>();
        if (!link.startsWith("/") && !folder.isEmpty()) {
            for (String part : folder.split("/")) {
                parts.addLast(part);
            }
        }
        boolean trailingSlash = link.endsWith("/");
        for (String part : link.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(trailingSlash && !joined.isEmpty() ? joined + "/" : joined);
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
