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
import dev.playbook.load.StaticFile;
import dev.playbook.model.OutLink;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.config.PageType;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.model.Course;
import dev.playbook.model.StepTarget;
import dev.playbook.postprocess.AnchorAliases;
import dev.playbook.postprocess.ContentPostProcessor;
import dev.playbook.postprocess.StepExcerpt;
import dev.playbook.render.CoursePages;
import dev.playbook.postprocess.ProcessedBody;
import dev.playbook.render.LinkResolver;
import dev.playbook.render.MarkdownRenderer;
import dev.playbook.render.RenderedBody;
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
import java.util.stream.Collectors;

/**
 * One build of one release: config, load, model, render, check, release, index, layout, write.
 * Content problems are collected from every stage; when there is an error nothing is published.
 * The release stage asks the layer above (a {@link ReleaseStep}) what the release adds: notes and
 * files that depend on the other releases.
 */
public final class Build {

    private final BuildOptions options;
    private final ReleaseStep releaseStep;
    private final Problems problems = new Problems();
    private final StageClock clock = new StageClock();

    private Build(BuildOptions options, ReleaseStep releaseStep) {
        this.options = options;
        this.releaseStep = releaseStep;
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
        return new Build(options, releaseStep).execute();
    }

    private StagedBuild execute() throws ThemeNotFoundException {
        Theme theme = resolveTheme();
        Optional<SiteConfig> config = clock.run("config", this::readConfig);
        if (config.isEmpty()) {
            return unpublished(0);
        }
        SourceLoader loader = new SourceLoader(options.source(), options.displayRoot());
        SourceTree sources = clock.run("load", () -> loader.load(problems));
        Site site = clock.run("model", () -> new SiteModeler(config.get(), options.includeDrafts())
                .model(sources.pages(), sources.data(), problems));
        Map<String, PageContent> contents = clock.run("render", () -> renderBodies(site, sources));
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
        TemplateEngine templates = new TemplateEngine(theme);
        SiteWriter writer = clock.run("open output", () -> SiteWriter.open(options.out()));
        try {
            ReleaseStep.ReleaseExtras release = clock.run("release", () -> releaseStep.prepare(
                    new ReleaseStep.Release(site, contents::get, GeneratedPages.urls(site), problems)));
            release.anchorAliases().forEach((id, aliases) -> contents.computeIfPresent(id,
                    (k, content) -> content.withHtml(AnchorAliases.insert(content.html(), aliases))));
            SearchIndexer indexer = SearchIndexer.of(site, contents::get);
            Optional<Map<String, byte[]>> lucene = clock.run("index", () -> indexForSearch(site, indexer, writer));
            if (lucene.isPresent()) {
                clock.run("search export", () -> {
                    exportForSearch(site, indexer, lucene.get(), writer);
                    return null;
                });
            }
            clock.run("layout", () -> {
                layoutPages(site, contents, references, date, templates, writer, release.notes());
                copyFiles(theme, sources, writer);
                writeReleaseFiles(release, writer);
                return null;
            });
        } catch (RuntimeException e) {
            discard(writer);
            throw e;
        }
        if (problems.hasErrors()) {
            discard(writer);
            return unpublished(pages);
        }
        return new StagedBuild(report(false, pages, null), Optional.of(writer),
                () -> report(true, pages, clock.run("write", writer::commit)));
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

    /** Markdown to post-processed HTML for every page, on all cores. */
    private Map<String, PageContent> renderBodies(Site site, SourceTree sources) {
        Set<String> staticPaths = sources.statics().stream().map(StaticFile::path).collect(Collectors.toCollection(HashSet::new));
        staticPaths.addAll(GeneratedPages.urls(site));
        LinkResolver links = new LinkResolver(site, staticPaths);
        MarkdownRenderer markdown = new MarkdownRenderer(site.config().brokenLinks());
        ContentPostProcessor post = new ContentPostProcessor(site.glossary());
        Map<String, PageContent> contents = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            try {
                RenderedBody body = markdown.render(page, links, problems);
                ProcessedBody processed = post.process(body.html(), page.url(), page.id());
                contents.put(page.id(), new PageContent(processed.html(), processed.headings(), processed.sections(), processed.excerpt(),
                        body.words(), body.links()));
            } catch (StackOverflowError e) {
                problems.error(new SourcePosition(page.display(), page.bodyLine(), 1), "this page nests too deeply to render"
                        + " (thousands of nested quotes, lists or brackets); simplify its structure");
                contents.put(page.id(), new PageContent("", List.of(), List.of(), "", 0, List.of()));
            }
        });
        return contents;
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
                             TemplateEngine templates, SiteWriter writer, Optional<ReleaseNotes> notes) {
        ViewBuilder views = new ViewBuilder(site, Version.current(), contents::get, references, date,
                GeneratedPages.referenceLinks(site), notes);
        site.pages().parallelStream().forEach(page -> layoutOf(page, templates).ifPresent(layout ->
                write(writer, page.url(), page.display(), () -> templates.render(layout, views.model(page)))));
        List<Problem> findings = problems.sorted();
        for (GeneratedPages.Generated page : GeneratedPages.all(views, contents::get, references, findings, handouts(site, contents))) {
            write(writer, page.url(), "the generated page " + page.url(), () -> templates.render(page.layout(), page.model()));
        }
        for (Course course : site.courses()) {
            write(writer, Course.scriptUrl(course.id()), "the course data " + Course.scriptUrl(course.id()),
                    () -> CoursePages.script(course, site, contents::get));
        }
        if (notes.isPresent()) {
            GeneratedPages.Generated page = ReleaseNotesPage.of(views, notes.get());
            write(writer, page.url(), "the generated page " + page.url(), () -> templates.render(page.layout(), page.model()));
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

    /** Renders and stages one output; problems are collected, I/O failures end the build. */
    private void write(SiteWriter writer, String url, String owner, Rendering rendering) {
        try {
            writer.write(url, rendering.render(), owner);
        } catch (TemplateEngine.TemplateFailure e) {
            problems.add(e.problem());
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(owner.startsWith("the ") ? options.displayRoot() : owner), e.getMessage());
        } catch (IOException e) {
            throw new BuildException("layout", e);
        }
    }

    /** Produces a page's HTML. */
    private interface Rendering {
        String render() throws TemplateEngine.TemplateFailure;
    }

    /**
     * The release's Lucene index. It is rebuilt only when what it indexes changed: Lucene stamps
     * each segment with its creation time, so reusing an unchanged index keeps rebuilds byte-identical.
     */
    private Optional<Map<String, byte[]>> indexForSearch(Site site, SearchIndexer indexer, SiteWriter writer) throws IOException {
        String owner = "the search index";
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
                return Optional.empty();
            }
            Map<String, byte[]> lucene = indexer.build(analyzers(site));
            for (var file : lucene.entrySet()) {
                writer.write(SearchSchema.FOLDER + file.getKey(), file.getValue(), owner);
            }
            return Optional.of(lucene);
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(options.displayRoot()), e.getMessage());
            return Optional.empty();
        }
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
        return () -> SearchSchema.analyzer(language).orElseThrow();
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
