package dev.playbook.build;

import dev.playbook.config.SiteConfig;
import dev.playbook.config.SiteConfigReader;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceLoader;
import dev.playbook.load.SourceText;
import dev.playbook.load.SourceTree;
import dev.playbook.model.OutLink;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.config.PageType;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.model.NavHints;
import dev.playbook.dialects.NavSources;
import dev.playbook.model.Course;
import dev.playbook.model.StepTarget;
import dev.playbook.postprocess.AnchorAliases;
import dev.playbook.postprocess.StepExcerpt;
import dev.playbook.render.CoursePages;
import dev.playbook.render.TemplateEngine;
import dev.playbook.render.GeneratedPages;
import dev.playbook.render.ViewBuilder;
import dev.playbook.theme.Theme;
import dev.playbook.theme.ThemeNotFoundException;
import dev.playbook.write.CommitReport;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.SiteWriter;

import dev.playbook.check.PlaybookChecker;
import dev.playbook.index.SearchIndexer;
import dev.playbook.index.SearchExport;
import dev.playbook.index.SearchSchema;
import org.apache.lucene.analysis.Analyzer;
import java.util.function.Supplier;
import dev.playbook.model.References;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.render.ReleaseNotesPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build of one release: config, load, model, render, check, release, index, layout, write.
 * Content problems are collected from every stage; when there is an error nothing is published.
 * The release stage asks the layer above (a {@link ReleaseStep}) what the release adds: notes and
 * files that depend on the other releases.
 */
public final class Build {

    private final BuildOptions options;
    private final ReleaseStep releaseStep;
    private final BuildCache cache;
    private final boolean pagesFirst;
    /** What this build's layouts were made from, once laid out. */
    private Optional<AffectedPages.Basis> nextBasis = Optional.empty();
    private final Problems problems = new Problems();
    private final StageClock clock = new StageClock();

    private Build(BuildOptions options, ReleaseStep releaseStep, BuildCache cache, boolean pagesFirst) {
        this.options = options;
        this.releaseStep = releaseStep;
        this.cache = cache;
        this.pagesFirst = pagesFirst;
    }

    /**
     * Runs a build.
     *
     * @throws ThemeNotFoundException when {@code --theme} names no theme (a usage error)
     * @throws BuildException         when a stage breaks for a reason other than content
     */
    public static BuildReport run(BuildOptions options) throws ThemeNotFoundException {
        try (StagedBuild staged = stage(options, ReleaseStep.NONE)) {
            return staged.publishable() ? staged.commit() : staged.report();
        }
    }

    /**
     * Runs a build up to publishing: the output is staged, and published only by
     * {@link StagedBuild#commit()}. The release step adds what the release needs beyond its pages.
     *
     * @throws ThemeNotFoundException when {@code --theme} names no theme (a usage error)
     * @throws BuildException         when a stage breaks for a reason other than content
     */
    public static StagedBuild stage(BuildOptions options, ReleaseStep releaseStep) throws ThemeNotFoundException {
        return stage(options, releaseStep, BuildCache.forOneBuild(), false);
    }

    /**
     * Runs a build that reuses what an earlier build of the same playbook left in {@code cache}:
     * only what changed since is read, rendered and laid out again; the output is the same as a
     * build from an empty cache. With {@code pagesFirst}, outputs that no page shows (the search
     * index and export, and the release's late files) are kept as published, so that the pages
     * are out quickly; a build without it brings them up to date.
     *
     * @throws ThemeNotFoundException when {@code --theme} names no theme (a usage error)
     * @throws BuildException         when a stage breaks for a reason other than content
     */
    public static StagedBuild stage(BuildOptions options, ReleaseStep releaseStep, BuildCache cache, boolean pagesFirst)
            throws ThemeNotFoundException {
        return new Build(options, releaseStep, cache, pagesFirst).execute();
    }

    private StagedBuild execute() throws ThemeNotFoundException {
        Theme theme = resolveTheme();
        Optional<SiteConfig> config = clock.run("config", this::readConfig);
        if (config.isEmpty()) {
            return unpublished(0);
        }
        SourceLoader loader = new SourceLoader(options.source(), options.displayRoot());
        SourceTree sources = clock.run("load", () -> loader.load(problems, cache.sources));
        NavHints nav = clock.run("nav", () -> NavSources.read(options.source(), loader::display, sources.pages(), problems));
        Site site = clock.run("model", () -> new SiteModeler(config.get(), options.includeDrafts())
                .model(sources.pages(), sources.data(), problems, cache.pages, nav));
        Map<String, PageContent> contents = clock.run("render", () -> BodyRendering.render(site, sources, cache, problems));
        References references = References.of(site, contents::get);
        LocalDate date = buildDate(config.get());
        clock.run("check", () -> {
            checkAnchors(site, contents);
            new PlaybookChecker(site, contents::get, references, date, problems).checkAll();
            return null;
        });
        int pages = site.pages().size();
        if (!options.write()) {
            return unpublished(pages);
        }
        TemplateEngine templates = clock.run("templates", () -> cache.templates(templatesKey(theme), () -> new TemplateEngine(theme)));
        Map<String, BuildCache.LaidOut> laidOut = new ConcurrentHashMap<>();
        SiteWriter writer = clock.run("open output", () -> SiteWriter.open(options.out()));
        try {
            ReleaseStep.ReleaseExtras release = clock.run("release", () -> releaseStep.prepare(
                    new ReleaseStep.Release(site, contents::get, GeneratedPages.urls(site), problems)));
            release.anchorAliases().forEach((id, aliases) -> contents.computeIfPresent(id,
                    (k, content) -> content.withHtml(AnchorAliases.insert(content.html(), aliases))));
            SearchIndexer indexer = SearchIndexer.of(site, contents::get);
            // The index and its export are made on a thread of their own while the pages are laid
            // out: parts of each use one core, so together they keep both busy.
            SideTask search = SideTask.start("playbook-search", () -> {
                Optional<Map<String, byte[]>> lucene = clock.run("index", () -> indexForSearch(site, indexer, writer));
                if (lucene.isPresent()) {
                    clock.run("search export", () -> {
                        exportForSearch(site, indexer, lucene.get(), writer);
                        return null;
                    });
                }
            });
            try {
                clock.run("layout", () -> {
                    layoutPages(site, contents, references, date, templates, writer, release.notes(), laidOut);
                    return null;
                });
                clock.run("copy", () -> {
                    copyFiles(theme, sources, writer);
                    writeReleaseFiles(release, writer);
                    return null;
                });
            } catch (RuntimeException | Error e) {
                search.finishAfter(e);
                throw e;
            }
            search.finish();
        } catch (RuntimeException e) {
            discard(writer);
            throw e;
        }
        if (problems.hasErrors()) {
            discard(writer);
            return unpublished(pages);
        }
        return new StagedBuild(report(false, pages, null), Optional.of(writer), () -> {
            CommitReport commit = clock.run("write", writer::commit);
            cache.published(writer.out(), laidOut, nextBasis);
            return report(true, pages, commit);
        });
    }

    private StagedBuild unpublished(int pages) {
        BuildReport report = report(false, pages, null);
        return new StagedBuild(report, Optional.empty(), () -> report);
    }

    private static void discard(SiteWriter writer) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new BuildException("write", e);
        }
    }

    private void writeReleaseFiles(ReleaseStep.ReleaseExtras release, SiteWriter writer) throws IOException {
        for (var file : new java.util.TreeMap<>(release.files()).entrySet()) {
            try {
                writer.write(file.getKey(), file.getValue(), "the release file " + file.getKey());
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            }
        }
        for (var file : new java.util.TreeMap<>(release.lateFiles()).entrySet()) {
            String owner = "the release file " + file.getKey();
            try {
                if (!pagesFirst || !writer.keep(file.getKey(), owner)) {
                    writer.write(file.getKey(), file.getValue().get(), owner);
                }
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            }
        }
    }

    /** A digest of the theme's templates: a new engine (and every page laid out again) when one changes. */
    private static String templatesKey(Theme theme) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (String path : theme.paths("templates/")) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(theme.file(path).orElseThrow()));
            digest.update((byte) 0);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private Theme resolveTheme() throws ThemeNotFoundException {
        try {
            return Theme.resolve(options.theme(), options.source());
        } catch (IOException e) {
            throw new BuildException("theme", e);
        }
    }

    private Optional<SiteConfig> readConfig() throws IOException {
        Path file = options.source().resolve(SourceLoader.CONFIG_FILE);
        String display = new SourceLoader(options.source(), options.displayRoot()).display(SourceLoader.CONFIG_FILE);
        if (!Files.isDirectory(options.source())) {
            problems.error(new SourcePosition(options.displayRoot(), 1, 1),
                    "source folder not found; give the playbook folder with --source");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(new SourcePosition(display, 1, 1),
                    "missing playbook.yml: create it with at least \"title: <your playbook's name>\" (see `playbook init`)");
            return Optional.empty();
        }
        String text;
        try {
            text = SourceText.decode(Files.readAllBytes(file), display);
        } catch (SourceException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        Optional<SiteConfig> config = SiteConfigReader.read(text, display, problems);
        return config.map(c -> options.release().map(c::withRelease).orElse(c));
    }

    /** Every link with an anchor must land on a heading of its target page. */
    private void checkAnchors(Site site, Map<String, PageContent> contents) {
        for (PageContent content : contents.values()) {
            for (OutLink link : content.links()) {
                if (link.anchor().isEmpty()) {
                    continue;
                }
                PageContent target = contents.get(link.toId());
                String anchor = link.anchor().get();
                if (target != null && !target.hasAnchor(anchor) && !isFootnote(anchor)) {
                    Page page = site.byId(link.toId()).orElseThrow();
                    Set<String> known = new HashSet<>();
                    target.headings().forEach(h -> known.add(h.id()));
                    problems.add(new Problem(link.at().file(), link.at().line(), link.at().column(),
                            site.config().brokenLinks(), "missing anchor: " + page.display() + " has no heading \"#" + anchor + "\""
                            + Suggestions.didYouMean(anchor, known)));
                }
            }
        }
    }

    /** The day limits and reviews are judged on: --date, else the release date, else today. */
    private LocalDate buildDate(SiteConfig config) {
        if (options.date().isPresent()) {
            return options.date().get();
        }
        if (config.releaseDate().isPresent()) {
            try {
                return LocalDate.parse(config.releaseDate().get());
            } catch (DateTimeParseException e) {
                problems.error(new SourcePosition(config.file(), 1, 1), "release-date must be written YYYY-MM-DD");
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static boolean isFootnote(String anchor) {
        return anchor.startsWith("fn-") || anchor.startsWith("fnref-");
    }

    private void layoutPages(Site site, Map<String, PageContent> contents, References references, LocalDate date,
                             TemplateEngine templates, SiteWriter writer, Optional<ReleaseNotes> notes,
                             Map<String, BuildCache.LaidOut> laidOut) {
        ViewBuilder views = new ViewBuilder(site, Version.current(), contents::get, references, date,
                GeneratedPages.referenceLinks(site), notes);
        Map<String, BuildCache.LaidOut> published = cache.laidOut(writer.out());
        AffectedPages.Basis basis = AffectedPages.basis(site, contents::get, GeneratedPages.referenceLinks(site), date, notes);
        Optional<Set<String>> affected = AffectedPages.between(cache.basis(writer.out()), basis, site);
        site.pages().parallelStream().forEach(page -> {
            if (affected.isPresent() && !affected.get().contains(page.id()) && keep(writer, page, published, laidOut)) {
                return;
            }
            layoutOf(page, templates).ifPresent(layout -> layout(writer, page.url(), page.display(),
                    new BuildCache.LaidOut(layout, views.model(page)), templates, published, laidOut));
        });
        nextBasis = Optional.of(basis);
        List<Problem> findings = problems.sorted();
        List<GeneratedPages.Generated> generated = new java.util.ArrayList<>(GeneratedPages.all(views, contents::get, references,
                findings, handouts(site, contents)));
        notes.ifPresent(n -> generated.add(ReleaseNotesPage.of(views, n)));
        for (GeneratedPages.Generated page : generated) {
            layout(writer, page.url(), "the generated page " + page.url(), new BuildCache.LaidOut(page.layout(), page.model()),
                    templates, published, laidOut);
        }
        for (Course course : site.courses()) {
            write(writer, Course.scriptUrl(course.id()), "the course data " + Course.scriptUrl(course.id()),
                    () -> CoursePages.script(course, site, contents::get));
        }
    }

    /** Each course's steps as its handout shows them: the page or section, placed at the handout's URL. */
    private static Map<String, List<String>> handouts(Site site, Map<String, PageContent> contents) {
        Map<String, List<String>> handouts = new java.util.HashMap<>();
        for (Course course : site.courses()) {
            List<String> steps = new java.util.ArrayList<>();
            List<Course.Step> all = course.steps();
            for (int i = 0; i < all.size(); i++) {
                Course.Step step = all.get(i);
                Optional<Page> page = StepTarget.of(site, step.pageId()).flatMap(StepTarget::page);
                PageContent content = page.map(p -> contents.get(p.id())).orElse(null);
                steps.add(content == null ? "" : StepExcerpt.of(content.html(), page.get().url(), step.anchor(),
                        Course.handoutUrl(course.id()), "step-" + (i + 1) + "-"));
            }
            handouts.put(course.id(), steps);
        }
        return handouts;
    }

    /** Keeps a page no change reached as published, when it is. */
    private boolean keep(SiteWriter writer, Page page, Map<String, BuildCache.LaidOut> published,
                         Map<String, BuildCache.LaidOut> laidOut) {
        BuildCache.LaidOut before = published.get(page.url());
        try {
            if (before != null && writer.keep(page.url(), page.display())) {
                remember(laidOut, page.url(), before);
                return true;
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(page.display()), e.getMessage());
            return true;
        }
        return false;
    }

    /** Lays out one output, unless it is published from the same template and an equal model. */
    private void layout(SiteWriter writer, String url, String owner, BuildCache.LaidOut output, TemplateEngine templates,
                        Map<String, BuildCache.LaidOut> published, Map<String, BuildCache.LaidOut> laidOut) {
        try {
            if (output.equals(published.get(url)) && writer.keep(url, owner)) {
                remember(laidOut, url, output);
                return;
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(owner.startsWith("the ") ? options.displayRoot() : owner), e.getMessage());
            return;
        }
        if (write(writer, url, owner, () -> templates.render(output.layout(), castModel(output.model())))) {
            remember(laidOut, url, output);
        }
    }

    /** Notes what an output was laid out from, for the next build of a series (the dev server's). */
    private void remember(Map<String, BuildCache.LaidOut> laidOut, String url, BuildCache.LaidOut output) {
        if (cache.keepsLaidOut()) {
            laidOut.put(url, output);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castModel(Object model) {
        return (Map<String, Object>) model;
    }

    /** Renders and stages one output; problems are collected, I/O failures end the build. Returns whether it was staged. */
    private boolean write(SiteWriter writer, String url, String owner, Rendering rendering) {
        try {
            writer.write(url, rendering.render(), owner);
            return true;
        } catch (TemplateEngine.TemplateFailure e) {
            problems.add(e.problem());
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(owner.startsWith("the ") ? options.displayRoot() : owner), e.getMessage());
        } catch (IOException e) {
            throw new BuildException("layout", e);
        }
        return false;
    }

    /** Produces a page's HTML. */
    private interface Rendering {
        String render() throws TemplateEngine.TemplateFailure;
    }

    /**
     * The release's Lucene index. It is made again only when what it indexes changed: Lucene stamps
     * each segment with its creation time, so reusing an unchanged index keeps rebuilds
     * byte-identical. When this cache holds the last index made for this folder (the dev server),
     * only the pages that changed are indexed again.
     */
    private Optional<Map<String, byte[]>> indexForSearch(Site site, SearchIndexer indexer, SiteWriter writer) throws IOException {
        String owner = "the search index";
        try {
            if (pagesFirst && writer.keep(SearchSchema.INFO, owner)) {
                writer.keepPublished(SearchSchema.FOLDER, owner);
                writer.keepPublished(SearchExport.DATA, owner);
                writer.keepPublished(SearchExport.MANIFEST, owner);
                return Optional.empty();
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            return Optional.empty();
        }
        String info = indexer.info();
        try {
            boolean unchanged = writer.published(SearchSchema.INFO).map(b -> new String(b, StandardCharsets.UTF_8))
                    .filter(info::equals).isPresent();
            writer.write(SearchSchema.INFO, info, owner);
            if (unchanged && writer.countPublished(SearchSchema.FOLDER) > 0 && writer.countPublished(SearchExport.DATA) > 0
                    && writer.countPublished(SearchExport.MANIFEST) == 1) {
                writer.keepPublished(SearchSchema.FOLDER, owner);
                writer.keepPublished(SearchExport.DATA, owner);
                writer.keepPublished(SearchExport.MANIFEST, owner);
                if (cache.searchIndex(writer.out()).isEmpty()) {
                    Path folder = writer.out().resolve(SearchSchema.FOLDER);
                    cache.searchIndex(writer.out(), indexer.existing(() -> readFolder(folder)));
                }
                return Optional.empty();
            }
            Optional<SearchIndexer.Indexed> before = cache.searchIndex(writer.out());
            // Timed apart (inside "index"), so the dev server's log and tests tell an update from a fresh index.
            Optional<SearchIndexer.Indexed> updated = before.isEmpty() ? Optional.empty() : clock.run("index: update", () -> {
                try {
                    return indexer.update(before.get(), analyzers(site));
                } catch (IOException | java.io.UncheckedIOException e) {
                    return Optional.<SearchIndexer.Indexed>empty(); // the last index can no longer be read: make a new one
                }
            });
            SearchIndexer.Indexed index = updated.isPresent() ? updated.get()
                    : clock.run("index: fresh", () -> indexer.build(analyzers(site)));
            cache.searchIndex(writer.out(), index);
            Map<String, byte[]> lucene = index.files();
            for (var file : lucene.entrySet()) {
                writer.write(SearchSchema.FOLDER + file.getKey(), file.getValue(), owner);
            }
            return Optional.of(lucene);
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            return Optional.empty();
        }
    }

    /** The files of a published index, by name, read when an update first needs them. */
    private static Map<String, byte[]> readFolder(Path folder) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** The browser's copy of the index: impacts, term shards, display blocks (see {@link SearchExport}). */
    private void exportForSearch(Site site, SearchIndexer indexer, Map<String, byte[]> lucene, SiteWriter writer) throws IOException {
        try {
            for (var file : indexer.export(lucene, analyzers(site)).entrySet()) {
                writer.write(file.getKey(), file.getValue(), "the search index");
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
        }
    }

    private static Supplier<Analyzer> analyzers(Site site) {
        String language = site.config().language();
        return () -> SearchSchema.analyzer(language);
    }

    /** The template for a page: its {@code layout:}, else by kind and type, else {@code page}. */
    private Optional<String> layoutOf(Page page, TemplateEngine templates) {
        if (page.layout().isPresent()) {
            String wanted = page.layout().get();
            if (templates.has(wanted)) {
                return Optional.of(wanted);
            }
            problems.error(page.frontMatter().valuePositionOf("/layout"), "unknown template \"" + wanted + "\""
                    + Suggestions.didYouMean(wanted, templates.layouts()) + "; the theme has: "
                    + String.join(", ", templates.layouts()));
            return Optional.empty();
        }
        if (page.kind() == PageKind.HOME && templates.has("home")) {
            return Optional.of("home");
        }
        if (page.kind() == PageKind.SECTION && templates.has("section")) {
            return Optional.of("section");
        }
        if (templates.has(page.type().id())) {
            return Optional.of(page.type().id());
        }
        return Optional.of("page");
    }

    private void copyFiles(Theme theme, SourceTree sources, SiteWriter writer) throws IOException {
        for (String asset : theme.paths("assets/")) {
            try {
                writer.copy(asset, theme.file(asset).orElseThrow(), "theme file " + asset);
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            }
        }
        sources.statics().parallelStream().forEach(file -> {
            try {
                writer.copy(file.path(), file.file(), options.displayRoot() + "/" + file.path());
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(options.displayRoot() + "/" + file.path()), e.getMessage());
            } catch (IOException e) {
                throw new BuildException("layout", e);
            }
        });
    }

    private BuildReport report(boolean published, int pages, CommitReport commit) {
        List<Problem> sorted = problems.sorted();
        return new BuildReport(sorted, published, pages,
                commit == null ? 0 : commit.written(), commit == null ? 0 : commit.unchanged(),
                commit == null ? 0 : commit.removed(), commit == null ? 0 : commit.bytes(), clock.millis());
    }
}
