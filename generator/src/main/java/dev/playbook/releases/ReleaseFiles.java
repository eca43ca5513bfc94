package dev.playbook.releases;

import dev.playbook.build.ReleaseStep;
import dev.playbook.config.SiteConfig;
import dev.playbook.dialects.OldAddress;
import dev.playbook.model.Page;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.ReleaseNotesPage;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The release step of one release: compares it with the previous release into release notes, and
 * adds the files that make it one release among others: {@code release.json}, its snapshot for
 * the next release's notes, {@code changes.json}, {@code pages.js} (page ids to paths, for the
 * version switcher), {@code pages.json} (the manifest of pages and courses) with its schema,
 * {@code sitemap.xml} when the site has a base URL, and a redirect page for every alias. It also
 * finds the headings whose anchor changed since the previous release, for the pages to keep.
 */
final class ReleaseFiles implements ReleaseStep {

    static final String PAGES_JS = "pages.js";

    private final Optional<ReleaseSnapshot> previous;
    private final String source;
    private final java.util.function.Supplier<String> fingerprint;
    private ReleaseSnapshot snapshot;
    private SiteConfig config;
    private Set<String> htmlPaths = Set.of();
    private final dev.playbook.write.Publication publication;
    private Optional<dev.playbook.write.SiteWriter> writer = Optional.empty();
    private final dev.playbook.model.PageHistory origin;
    private Map<String, byte[]> besideFeeds = Map.of();

    /**
     * @param fingerprint computed only when {@code release.json} is written (it reads the whole source)
     * @param publication the publish the release's folder is committed with, together with the others
     */
    ReleaseFiles(Optional<ReleaseSnapshot> previous, String source, java.util.function.Supplier<String> fingerprint,
                 dev.playbook.write.Publication publication, dev.playbook.model.PageHistory origin) {
        this.origin = origin;
        this.previous = previous;
        this.source = source;
        this.fingerprint = fingerprint;
        this.publication = publication;
    }

    @Override
    public dev.playbook.model.PageHistory history() {
        return origin;
    }

    @Override
    public dev.playbook.write.SiteWriter openWriter(java.nio.file.Path out) throws java.io.IOException {
        dev.playbook.write.SiteWriter opened = dev.playbook.write.SiteWriter.open(out, publication);
        writer = Optional.of(opened);
        return opened;
    }

    /** The writer of the release's folder, once the build opened it. */
    Optional<dev.playbook.write.SiteWriter> writer() {
        return writer;
    }

    @Override
    public ReleaseExtras prepare(Release release) {
        Site site = release.site();
        config = site.config();
        Map<String, Map<String, String>> anchorAliases = previous
                .map(p -> AnchorHistory.aliases(p, site, release.contents())).orElse(Map.of());
        ReleaseSnapshot pagesNow = ReleaseSnapshot.of(site, release.contents(), anchorAliases, release.date());
        ReleaseNotes notes = previous.map(p -> NotesComparer.compare(p, pagesNow))
                .orElse(ReleaseNotes.first(config.release()));
        Optional<java.time.Instant> released = origin.releaseDate(config.releaseDate());
        List<dev.playbook.feeds.FeedEntry> feed = released.map(date -> dev.playbook.feeds.ReleaseEntries.of(site,
                release.contents(), notes, date, previous.map(ReleaseSnapshot::feed).orElse(List.of()))).orElse(List.of());
        snapshot = pagesNow.withFeed(feed);
        Map<String, byte[]> files = new HashMap<>();
        SiteConfig built = config;
        ReleaseSnapshot pages = snapshot;
        Map<String, java.util.function.Supplier<byte[]>> late = new HashMap<>();
        late.put(ReleaseRecord.FILE, () -> utf8(new ReleaseRecord(built.release(), built.releaseTitle().orElse(""),
                built.releaseDate().orElse(""), previous.map(ReleaseSnapshot::release).orElse(""), source,
                dev.playbook.build.Version.current(), fingerprint.get()).json()));
        late.put(ReleaseSnapshot.FILE, () -> Json.gzip(pages));
        files.put(ReleaseNotesPage.CHANGES, utf8(ChangesJson.of(notes)));
        files.put(PAGES_JS, utf8(pagesScript(snapshot, release.generatedUrls(), release.site().config().languages())));
        Map<String, byte[]> aliases = Aliases.redirects(release);
        files.putAll(aliases);
        Set<String> html = new TreeSet<>(snapshot.paths().values());
        html.addAll(release.generatedUrls());
        html.add(ReleaseNotesPage.URL);
        // For tools, not for the pages: the dev server writes it after the pages are out.
        late.put(PagesManifest.FILE, () -> utf8(PagesManifest.json(site, release.contents())));
        files.put(PagesManifest.SCHEMA, PagesManifest.schema());
        config.baseUrl().ifPresent(base -> files.put(Sitemap.FILE, utf8(Sitemap.release(base, config.release(), html))));
        if (config.baseUrl().isPresent() && released.isPresent()) {
            dev.playbook.feeds.AtomFeeds.Site feeds = new dev.playbook.feeds.AtomFeeds.Site(config.title(), config.organisation(),
                    config.baseUrl().get(), config.language());
            files.putAll(dev.playbook.feeds.AtomFeeds.write(feeds, feed, config.release()));
            besideFeeds = dev.playbook.feeds.AtomFeeds.write(feeds, feed, "");
        }
        // Every other language has each page and generated page at the same path in its folder, so
        // latest/es/... follows the latest release's Spanish pages as latest/... follows the default ones.
        Set<String> inEveryLanguage = Set.copyOf(html);
        for (dev.playbook.config.Language language : config.languages().others()) {
            String folder = config.languages().folderOf(language.code());
            inEveryLanguage.forEach(path -> html.add(folder + path));
        }
        html.addAll(aliases.keySet());
        htmlPaths = html;
        return new ReleaseExtras(Optional.of(notes), files, late, anchorAliases);
    }

    /** The feeds beside the releases as this release has them, once {@link #prepare} ran (none without a base URL). */
    Map<String, byte[]> besideFeeds() {
        return besideFeeds;
    }

    /** The snapshot of the release, once {@link #prepare} ran. */
    Optional<ReleaseSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** Every HTML page of the release: its pages, generated pages and alias redirects. */
    Set<String> htmlPaths() {
        return htmlPaths;
    }

    Optional<SiteConfig> config() {
        return Optional.ofNullable(config);
    }

    /**
     * {@code pages.js}: adds this release's page paths by id, and its generated pages, to
     * {@code self.playbookPages}; a script, not JSON, so pages opened from disk can load it. The
     * folders of its other languages ({@code "es/"}) let a page in one of them switch release
     * and stay in its language.
     */
    static String pagesScript(ReleaseSnapshot snapshot, Set<String> generated, dev.playbook.config.Languages languages) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ids", snapshot.paths());
        TreeSet<String> pages = new TreeSet<>(generated);
        pages.add(ReleaseNotesPage.URL);
        data.put("generated", List.copyOf(pages));
        if (languages.multilingual()) {
            data.put("languages", languages.others().stream().map(l -> languages.folderOf(l.code())).sorted().toList());
        }
        return "(self.playbookPages = self.playbookPages || {})[" + Json.compact(snapshot.release()) + "] = "
                + Json.compact(data) + ";\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Redirect pages from the old addresses of pages: those a page lists in {@code aliases} or
     * {@code redirect_from}, and its {@code permalink}, {@code url} or {@code slug} when Playbook
     * publishes it elsewhere. A redirect never replaces a page: a listed address that a page or
     * another redirect has is an error, an address the page's permalink gave it is a warning.
     */
    static final class Aliases {
        private Aliases() {
        }

        static Map<String, byte[]> redirects(Release release) {
            Site site = release.site();
            Map<String, byte[]> pages = new HashMap<>();
            Map<String, Page> claimed = new HashMap<>();
            for (Page page : site.pages()) {
                for (OldAddress address : page.data().oldAddresses()) {
                    if (!address.redirect()) {
                        continue;
                    }
                    String name = address.field().equals("aliases") ? "alias" : address.field();
                    boolean pretty = !address.field().equals("aliases");
                    Optional<String> path = outputPath(address.path(), pretty);
                    var at = address.at();
                    if (path.isEmpty()) {
                        release.problems().error(at, name + " \"" + address.path() + "\" is not a path inside the playbook;"
                                + " give the old path, e.g. \"standards/old-name.html\"");
                        continue;
                    }
                    String url = path.get();
                    if (url.equals(page.url())) {
                        continue; // the page is published at its old address
                    }
                    Optional<Page> owner = site.byUrl(url);
                    if (owner.isPresent() || release.generatedUrls().contains(url) || url.equals(ReleaseNotesPage.URL)) {
                        String message = name + " \"" + address.path() + "\" is the path of "
                                + owner.map(Page::display).orElse("a generated page");
                        if (address.listed()) {
                            release.problems().error(at, message + "; an alias must be a path no page uses");
                        } else {
                            release.problems().warning(at, message + ", so no redirect is written for it");
                        }
                        continue;
                    }
                    Page first = claimed.putIfAbsent(url, page);
                    if (first == page) {
                        continue; // two fields of one page name the same address
                    }
                    if (first != null) {
                        String message = name + " \"" + address.path() + "\" is already an old address of " + first.display();
                        if (address.listed()) {
                            release.problems().error(at, message);
                        } else {
                            release.problems().warning(at, message + "; the redirect leads there");
                        }
                        continue;
                    }
                    pages.put(url, RedirectPage.html(site.config().language(), UrlPaths.relative(url, page.url()),
                                    UrlPaths.rootPrefix(url) + RedirectPage.THEME_SCRIPT).getBytes(StandardCharsets.UTF_8));
                }
            }
            return pages;
        }

        static Optional<String> outputPath(String alias) {
            return outputPath(alias, false);
        }

        /**
         * An old address as an output path: {@code old.md}, {@code /old.html} and {@code old} all give
         * {@code old.html}, {@code old/} gives {@code old/index.html}; with {@code pretty} (a permalink's
         * or redirect_from's address, as their generators serve them) {@code old} does too.
         */
        static Optional<String> outputPath(String alias, boolean pretty) {
            String path = alias.strip();
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (pretty && !last.isEmpty() && last.indexOf('.') < 0) {
                path = path + "/"; // a pretty address: /x is served from x/index.html
            }
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            for (String ext : List.of(".markdown", ".mdx", ".md")) {
                if (path.endsWith(ext)) {
                    path = path.substring(0, path.length() - ext.length());
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    if (name.equals("_index")) {
                        path = path.substring(0, path.length() - "_index".length()) + "index";
                    }
                    path = path + ".html";
                }
            }
            if (!path.endsWith(".html")) {
                path = path + ".html";
            }
            return UrlPaths.isSafe(path) ? Optional.of(path) : Optional.empty();
        }
    }
}
