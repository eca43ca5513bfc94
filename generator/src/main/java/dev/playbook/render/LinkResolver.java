package dev.playbook.render;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import dev.playbook.model.PageKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves link destinations as editors write them (Markdown file paths relative to the page, so
 * the files read well on a git host) into relative URLs of the published site. Besides pages,
 * a link may lead to a published file or to a generated page (the authority matrix, a tag page).
 * A link written for the generator a playbook was imported from ({@code /support/on-call/},
 * {@code ../on-call.html}, a permalink) leads to the page that answered it there (see
 * {@link dev.playbook.model.Addresses}); the query and the {@code #anchor} are kept.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Site site;
    private final Set<String> staticPaths;
    /** "Did you mean" over every page's path and id, built once: a handbook can have thousands of broken links. */
    private final Suggestions pagePaths;
    private final Suggestions pageIds;

    public LinkResolver(Site site, Set<String> staticPaths) {
        this.site = site;
        this.staticPaths = Set.copyOf(staticPaths);
        this.pagePaths = Suggestions.among(site.pages().stream().map(Page::sourcePath).toList());
        this.pageIds = Suggestions.among(site.pages().stream().map(Page::id).toList());
    }

    /** Where a link leads. */
    public sealed interface Target {
        /** A URL outside the playbook (another site, mail), or one that needs no rewriting. */
        record External(String url) implements Target { }

        /**
         * A page of the playbook, and the href that reaches it from the linking page; the warning
         * says why another page might have been meant.
         */
        record ToPage(Page page, Optional<String> anchor, String href, Optional<String> warning) implements Target {
            public ToPage(Page page, Optional<String> anchor, String href) {
                this(page, anchor, href, Optional.empty());
            }
        }

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
        String query = "";
        int question = url.indexOf('?');
        if (question >= 0) {
            query = question + 1 < url.length() ? url.substring(question) : "";
            url = url.substring(0, question);
        }
        Optional<String> fragment = Optional.ofNullable(anchor).filter(a -> !a.isEmpty()).map(LinkResolver::decode);
        if (url.isEmpty()) {
            return new Target.ToPage(from, fragment, fragment.map(a -> "#" + a).orElse("#"));
        }
        List<String> paths = candidates(from, decode(url));
        if (paths.isEmpty()) {
            return new Target.Broken("link " + Problem.quote(destination) + " leads outside the playbook");
        }
        String suffix = query + fragment.map(a -> "#" + a).orElse("");
        Optional<Target> itself = Optional.empty();
        for (String path : paths) {
            Optional<Target> found = lookup(from, path, fragment, suffix, destination);
            if (found.isPresent() && found.get() instanceof Target.ToPage page && page.page().url().equals(from.url())
                    && fragment.isEmpty() && itself.isEmpty()) {
                itself = found; // "./" read from the page's own address: the folder is meant, when it has a page
                continue;
            }
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (itself.isPresent()) {
            return itself.get();
        }
        // A link from the root under a base path is reported without it: that is the path in the playbook.
        String shown = paths.size() > 1 && url.startsWith("/") ? paths.get(paths.size() - 1) : paths.get(0);
        return new Target.Broken("broken link: nothing at " + Problem.quote(shown) + suggestion(shown));
    }

    /**
     * The paths a link may mean, in the order they are tried. A link to a Markdown file is
     * relative to the file's folder, as on a git host. Other generators publish a page at
     * {@code folder/name/}, so a pretty link ({@code ../other/}, {@code sibling}) is first taken
     * from there, then from the folder. A link from the root ({@code /x/}) is from the source
     * folder, and also without a {@code base-path:} prefix the old site was served under.
     */
    private List<String> candidates(Page from, String link) {
        List<String> paths = new ArrayList<>(4);
        Optional<String> file = normalise(from.folder(), link);
        Optional<String> pretty = link.startsWith("/") || from.kind() != PageKind.PAGE ? Optional.empty()
                : normalise((from.folder().isEmpty() ? "" : from.folder() + "/") + stem(from.sourcePath()), link);
        String name = lastSegment(link.endsWith("/") ? "" : link);
        if (isMarkdown(name)) {
            file.ifPresent(paths::add);
        } else if (name.indexOf('.') < 0) {
            pretty.ifPresent(paths::add);
            file.ifPresent(paths::add);
        } else {
            file.ifPresent(paths::add);
            pretty.ifPresent(paths::add);
        }
        if (link.startsWith("/") && file.isPresent()) {
            String path = file.get();
            for (String base : site.config().basePaths()) {
                if (path.equals(base) || path.equals(base + "/")) {
                    paths.add("");
                } else if (path.startsWith(base + "/")) {
                    paths.add(path.substring(base.length() + 1));
                }
            }
        }
        return paths;
    }

    private Optional<Target> lookup(Page from, String path, Optional<String> fragment, String suffix, String destination) {
        Optional<Page> page = path.isEmpty() ? site.home() : findPage(path);
        Optional<String> warning = Optional.empty();
        if (page.isEmpty() && staticPaths.contains(path)) {
            return Optional.of(new Target.ToFile(path, UrlPaths.relative(from.url(), path) + suffix));
        }
        if (page.isEmpty()) {
            List<Page> answering = site.addresses().answering(path);
            if (answering.isEmpty()) {
                return Optional.empty();
            }
            page = Optional.of(answering.get(0));
            if (answering.size() > 1) {
                warning = Optional.of("link " + Problem.quote(destination) + " may mean " + answering.get(0).display() + " or "
                        + answering.get(1).display() + " (both answer it); it leads to the first: give the file path to choose");
            }
        }
        String href = page.get().url().equals(from.url()) ? "" : UrlPaths.relative(from.url(), page.get().url());
        if (href.isEmpty() && fragment.isEmpty()) {
            href = UrlPaths.encodeSegment(lastSegment(from.url()));
        }
        return Optional.of(new Target.ToPage(page.get(), fragment, href + suffix, warning));
    }

    /**
     * Where a Hugo {@code ref} or {@code relref} leads, as a link {@link #resolve} reads: a path
     * without a leading {@code /} is looked up from the page's folder, then from the root; a bare
     * file name that one page has is that page (as older Hugo found them). The reference itself
     * when no page answers, so the link is reported as broken.
     */
    public String refDestination(Page from, String ref) {
        String path = ref.strip();
        String anchor = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash);
            path = path.substring(0, hash);
        }
        if (path.isEmpty()) {
            return anchor.isEmpty() ? ref : anchor;
        }
        List<Optional<String>> tries = path.startsWith("/") ? List.of(normalise("", path))
                : List.of(normalise(from.folder(), path), normalise("", path));
        for (Optional<String> tried : tries) {
            Optional<Page> page = tried.flatMap(p -> findPage(p).or(() -> site.addresses().answering(p).stream().findFirst()));
            if (page.isPresent()) {
                return UrlPaths.relative(from.sourcePath(), page.get().sourcePath()) + anchor;
            }
        }
        String name = lastSegment(path);
        List<Page> named = site.pages().stream().filter(p -> lastSegment(p.sourcePath()).equals(name)
                || stem(p.sourcePath()).equals(name)).limit(2).toList();
        if (named.size() == 1) {
            return UrlPaths.relative(from.sourcePath(), named.get(0).sourcePath()) + anchor;
        }
        return ref.strip();
    }

    private static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx");
    }

    private static String stem(String path) {
        String name = lastSegment(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A link by stable id ({@code [[id]]} or {@code [[id#anchor]]}), which survives file moves. */
    public Target resolveId(Page from, String id, Optional<String> anchor) {
        Optional<Page> page = site.byId(id.strip());
        if (page.isEmpty()) {
            return new Target.Broken("unknown id " + Problem.quote(id.strip()) + " in [[...]]" + pageIds.didYouMean(id.strip()));
        }
        String href = page.get().url().equals(from.url()) ? UrlPaths.encodeSegment(lastSegment(from.url()))
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
        return pagePaths.didYouMean(path);
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
