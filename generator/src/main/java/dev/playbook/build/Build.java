package dev.playbook.build;

import dev.playbook.check.PlaybookChecker;
import dev.playbook.config.SiteConfig;
import dev.playbook.config.SiteConfigReader;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.dialects.Conversion;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.index.SearchIndexer;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceLoader;
import dev.playbook.load.SourceText;
import dev.playbook.load.SourceTree;
import dev.playbook.load.StaticFile;
import dev.playbook.config.Languages;
import dev.playbook.languages.Edition;
import dev.playbook.languages.HeadingMatch;
import dev.playbook.languages.Messages;
import dev.playbook.languages.Translations;
import dev.playbook.render.Localisation;
import dev.playbook.model.PageContent;
import dev.playbook.model.References;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.model.NavHints;
import dev.playbook.dialects.Mdx;
import dev.playbook.dialects.NavSources;
import dev.playbook.dialects.SiteStatics;
import dev.playbook.postprocess.AnchorAliases;
import dev.playbook.render.GeneratedPages;
import dev.playbook.render.TemplateEngine;
import dev.playbook.theme.Theme;
import dev.playbook.theme.ThemeNotFoundException;
import dev.playbook.write.CommitReport;
import dev.playbook.write.SiteWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

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
    private final Problems problems = new Problems();
    private final StageClock clock = new StageClock();
    private final Queue<Conversion> conversions = new ConcurrentLinkedQueue<>();
    private int pageLinks;
    /** Pages not translated yet into a language, for {@code check}. */
    private final List<Problem> notes = new java.util.ArrayList<>();

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
        SourceTree loaded = clock.run("load", () -> loader.load(problems, cache.sources));
        // Hugo's and Docusaurus's static/ beside the source: served from the site root there, and here.
        SourceTree sources = loaded.plusStatics(SiteStatics.of(options.source(),
                loaded.statics().stream().map(StaticFile::path).collect(java.util.stream.Collectors.toSet())));
        List<Edition> editions = clock.run("languages", () -> editions(config.get(), sources));
        NavHints nav = clock.run("nav", () -> NavSources.read(options.source(), loader::display, editions.get(0).pages(), problems));
        List<Pass> passes = new java.util.ArrayList<>();
        for (Edition edition : editions) {
            passes.add(model(edition, config.get(), sources, nav));
        }
        Pass primary = passes.get(0);
        Site site = primary.site();
        pageLinks = primary.contents().values().stream().mapToInt(c -> c.links().size()).sum();
        LocalDate date = buildDate(config.get());
        clock.run("charts", () -> {
            for (Pass pass : passes) {
                // A page shown untranslated keeps its charts in the default language, as its text is.
                dev.playbook.charts.ChartWords own = localisation(theme, config.get(), pass.edition(), editions).chartWords();
                dev.playbook.charts.ChartWords fallback = localisation(theme, config.get(), editions.get(0), editions).chartWords();
                java.util.Set<String> translated = pass.edition().translated();
                dev.playbook.charts.ChartedPages.insert(pass.site(), pass.contents(), date, id -> pass.site().byId(id)
                        .filter(p -> translated.contains(p.sourcePath())).map(p -> own).orElse(fallback));
            }
            return null;
        });
        // Each page of a translation answers the other languages' anchors of its headings: computed
        // before the check, so a fallback page's link to #authority on a translated page is no error.
        Map<Integer, Map<String, Map<String, String>>> languageAnchors = passes.size() == 1 ? Map.of()
                : clock.run("language anchors", () -> HeadingMatch.aliases(passes.stream().map(Pass::contents).toList(), problems,
                        passes.stream().map(p -> (java.util.function.Function<String, String>) id -> p.site().byId(id)
                                .map(dev.playbook.model.Page::display).orElse(id)).toList()));
        clock.run("check", () -> {
            try {
                for (int i = 0; i < passes.size(); i++) {
                    AnchorCheck.check(passes.get(i).site(), passes.get(i).contents(), languageAnchors.getOrDefault(i, Map.of()), problems);
                }
                LayoutCheck.check(site, theme, problems);
                LanguageSearchCheck.check(editions, options.source().resolve(SourceLoader.CONFIG_FILE), config.get().file(),
                        problems, notes);
                LayoutCheck.checkThemeFiles(config.get().theme(), site, sources, problems);
                new PlaybookChecker(site, primary.contents()::get, primary.references(), date, problems).checkAll();
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(InternalErrors.problem(SourcePosition.of(options.displayRoot()), "checking the playbook", e));
            }
            return null;
        });
        int pages = site.pages().size();
        if (!options.write()) {
            return unpublished(pages);
        }
        languageAnchors.forEach((index, aliases) -> aliases.forEach((id, map) -> passes.get(index).contents()
                .computeIfPresent(id, (k, content) -> content.withHtml(AnchorAliases.insert(content.html(), map)))));
        TemplateEngine templates = clock.run("templates", () -> cache.templates(templatesKey(theme), () -> new TemplateEngine(theme)));
        Map<String, BuildCache.LaidOut> laidOut = new ConcurrentHashMap<>();
        PageLayout layout = new PageLayout(cache, problems, options.displayRoot());
        SiteWriter writer = clock.run("open output", () -> releaseStep.openWriter(options.out()));
        try {
            ReleaseStep.ReleaseExtras release = clock.run("release", () -> releaseStep.prepare(
                    new ReleaseStep.Release(site, primary.contents()::get, GeneratedPages.urls(site), problems, date)));
            for (Pass pass : passes) {
                release.anchorAliases().forEach((id, aliases) -> pass.contents().computeIfPresent(id,
                        (k, content) -> content.withHtml(AnchorAliases.insert(content.html(), aliases))));
            }
            for (Pass pass : passes) {
                Localisation localisation = clock.run("messages" + pass.named(), () -> localisation(theme, config.get(), pass.edition(),
                        editions));
                lay(pass, pass == primary ? layout : new PageLayout(pass.cache(), problems, options.displayRoot()),
                        pass == primary ? laidOut : new ConcurrentHashMap<>(), localisation, date, templates, theme, release,
                        writer.within(pass.edition().folder()), pass == primary, sources, config.get());
            }
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
            cache.published(writer.out(), laidOut, layout.basis());
            return report(true, pages, commit);
        });
    }


    /** One language's site: modelled and rendered from its edition's pages. */
    private record Pass(Edition edition, Site site, Map<String, PageContent> contents, References references, BuildCache cache) {
        String named() {
            return edition.primary() ? "" : " " + edition.folder();
        }
    }

    /** Each language's pages; a one-language playbook has one edition, its pages as read. */
    private List<Edition> editions(SiteConfig config, SourceTree sources) {
        Languages languages = config.languages();
        if (!languages.multilingual()) {
            return List.of(new Edition(languages.primary(), "", sources.pages(), java.util.Set.of()));
        }
        Translations.Split split = new Translations(languages, options.source()).split(sources.pages(), problems);
        notes.addAll(split.missing());
        return split.editions();
    }

    private Pass model(Edition edition, SiteConfig config, SourceTree sources, NavHints nav) {
        String named = edition.primary() ? "" : " " + edition.folder();
        SiteConfig own = config.inLanguage(edition.language());
        // Another language has pages of its own at the same ids: it keeps a cache of its own.
        BuildCache passCache = edition.primary() ? cache : cache.edition(edition.folder());
        SourceTree tree = edition.primary() && !config.languages().multilingual() ? sources
                : new SourceTree(edition.pages(), sources.data(), sources.statics(), sources.partials());
        Site site = clock.run("model" + named, () -> new SiteModeler(own, options.includeDrafts())
                .model(tree.pages(), tree.data(), problems, passCache.pages, nav));
        Queue<Conversion> met = edition.primary() ? conversions : new ConcurrentLinkedQueue<>();
        Map<String, PageContent> contents = clock.run("render" + named, () -> BodyRendering.render(site, tree,
                Mdx.isHandbook(options.source()), passCache, problems, met));
        return new Pass(edition, site, contents, References.of(site, contents::get), passCache);
    }

    private static Localisation localisation(Theme theme, SiteConfig config, Edition edition, List<Edition> editions)
            throws IOException {
        Languages languages = config.languages();
        String code = edition.language().code();
        java.util.Map<String, String> messages = Messages.of(theme, code, edition.language().labels());
        if (!languages.multilingual()) {
            return Localisation.single(code, messages, Messages.direction(code));
        }
        List<Localisation.Alternate> all = editions.stream().map(e -> new Localisation.Alternate(e.language().code(),
                Messages.nameOf(e.language().code()), e.folder(), Messages.direction(e.language().code()))).toList();
        return new Localisation(code, edition.folder(), messages, all,
                edition.primary() ? edition.pages().stream().map(dev.playbook.load.SourceFile::path).collect(java.util.stream.Collectors.toSet())
                        : edition.translated(), languages.editUrl());
    }

    /** Layout, search and files of one language, into its folder of the release. */
    private void lay(Pass pass, PageLayout layout, Map<String, BuildCache.LaidOut> laidOut, Localisation localisation,
                     LocalDate date, TemplateEngine templates, Theme theme, ReleaseStep.ReleaseExtras release,
                     SiteWriter writer, boolean primary, SourceTree sources, SiteConfig config) {
        Site site = pass.site();
        Map<String, PageContent> contents = pass.contents();
        SearchIndexer indexer = SearchIndexer.of(site, searchable(pass), site.config().language());
        // The index and its export are made on a thread of their own while the pages are laid
        // out: parts of each use one core, so together they keep both busy.
        SearchStage searchStage = new SearchStage(pass.cache(), clock, problems, options.displayRoot(), pagesFirst);
        SideTask search = SideTask.start("playbook-search", () -> searchStage.run(site, indexer, writer));
        try {
            clock.run("layout" + pass.named(), () -> {
                layout.run(site, contents, pass.references(), date, templates, writer, release.notes(), laidOut,
                        releaseStep.history(), localisation);
                return null;
            });
            clock.run("copy" + pass.named(), () -> {
                FileCopies copies = new FileCopies(problems, options.displayRoot(), pagesFirst);
                copies.copyFiles(theme, sources, writer,
                        contents.values().stream().anyMatch(c -> c.html().contains(FileCopies.DIAGRAM)));
                copies.writeThemeSettings(config.theme(), writer);
                if (primary) {
                    copies.writeReleaseFiles(release, writer);
                }
                return null;
            });
            if (primary) {
                clock.run("packages", () -> {
                    new PackageStage(problems, options.displayRoot(), pagesFirst)
                            .run(site, contents::get, theme, templates, writer, release.notes().isPresent(), localisation.messages());
                    return null;
                });
            }
        } catch (RuntimeException | Error e) {
            search.finishAfter(e);
            throw e;
        }
        search.finish();
    }

    /**
     * The pages a language's search index holds: those written in it. A page another language shows
     * in the default language's words is found in the default language's index ("All languages").
     */
    private static java.util.function.Function<String, PageContent> searchable(Pass pass) {
        if (pass.edition().primary()) {
            return pass.contents()::get;
        }
        java.util.Set<String> translated = pass.edition().translated();
        return id -> pass.site().byId(id).filter(page -> translated.contains(page.sourcePath()))
                .map(page -> pass.contents().get(id)).orElse(null);
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

    /** A digest of the theme's templates: a new engine (and every page laid out again) when one changes. */
    private static String templatesKey(Theme theme) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        List<String> shaping = new java.util.ArrayList<>(theme.paths("templates/"));
        shaping.addAll(theme.paths(Messages.FOLDER));
        for (String path : shaping) {
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

    private static final Comparator<Conversion> CONVERSION_ORDER = Comparator
            .comparing((Conversion c) -> c.at().file()).thenComparingInt(c -> c.at().line())
            .thenComparingInt(c -> c.at().column()).thenComparing(Conversion::kind).thenComparing(Conversion::rendered);

    private BuildReport report(boolean published, int pages, CommitReport commit) {
        List<Problem> sorted = problems.sorted();
        List<Conversion> met = conversions.stream().sorted(CONVERSION_ORDER).toList();
        return new BuildReport(sorted, notes.stream().distinct().sorted(Problem.ORDER).toList(), published, pages, pageLinks, met,
                commit == null ? 0 : commit.written(), commit == null ? 0 : commit.unchanged(),
                commit == null ? 0 : commit.removed(), commit == null ? 0 : commit.bytes(), clock.millis());
    }
}
