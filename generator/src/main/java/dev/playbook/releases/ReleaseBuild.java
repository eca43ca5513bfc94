package dev.playbook.releases;

import dev.playbook.build.Build;
import dev.playbook.build.BuildCache;
import dev.playbook.build.BuildOptions;
import dev.playbook.build.BuildReport;
import dev.playbook.build.ReleaseStep;
import dev.playbook.build.StagedBuild;
import dev.playbook.build.Version;
import dev.playbook.config.SiteConfig;
import dev.playbook.config.SiteConfigReader;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceLoader;
import dev.playbook.load.SourceText;
import dev.playbook.releases.PublishedReleases.Published;
import dev.playbook.theme.Theme;
import dev.playbook.theme.ThemeNotFoundException;
import dev.playbook.write.CommitReport;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.OutputLock;
import dev.playbook.write.OutputLockedException;
import dev.playbook.write.Publication;
import dev.playbook.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds releases into one output folder, each into {@code <out>/<release>/} through the one build
 * pipeline: the working tree as its configured release and, with {@code allReleases}, every
 * release tagged in git. Every release is staged first; only when none has an error are they
 * published, followed by what lies beside them ({@code versions.json}, {@code index.html},
 * {@code latest/}, the zips). Release folders already in the output folder are never touched
 * unless this build rebuilds them.
 */
public final class ReleaseBuild {

    /**
     * What to build.
     *
     * @param build       the working tree's build; {@code out} is the folder that holds every release
     * @param allReleases also build every release tagged in git
     * @param progress    told about each release as it starts and ends
     */
    /**
     * @param lock the output folder's lock when the caller holds it for longer than one build (the
     *             dev server); otherwise each build takes it for its run
     */
    public record Options(BuildOptions build, boolean allReleases, Consumer<String> progress, Optional<Incremental> incremental,
                          Optional<OutputLock> lock, Optional<BuildCache> stored) {
        public Options {
            java.util.Objects.requireNonNull(incremental, "incremental");
            java.util.Objects.requireNonNull(lock, "lock");
            java.util.Objects.requireNonNull(stored, "stored");
        }

        public Options(BuildOptions build, boolean allReleases, Consumer<String> progress, Optional<Incremental> incremental,
                       Optional<OutputLock> lock) {
            this(build, allReleases, progress, incremental, lock, Optional.empty());
        }

        /** The same build, starting the working tree's release from a cache an earlier process stored ({@code StoredCache}). */
        public Options withStored(BuildCache cache) {
            return new Options(build, allReleases, progress, incremental, lock, Optional.of(cache));
        }

        public Options(BuildOptions build, boolean allReleases, Consumer<String> progress, Optional<Incremental> incremental) {
            this(build, allReleases, progress, incremental, Optional.empty());
        }

        public Options(BuildOptions build, boolean allReleases, Consumer<String> progress) {
            this(build, allReleases, progress, Optional.empty());
        }
    }

    /**
     * Builds of the working tree's release again and again in one process (the dev server): what
     * the last build left, and whether this build puts pages first (see
     * {@link Build#stage(BuildOptions, ReleaseStep, BuildCache, boolean)}). No zip is written:
     * a release's zip holds the whole folder, too slow to make on every save.
     */
    public record Incremental(BuildCache cache, Beside beside, boolean pagesFirst) {
        public Incremental {
            java.util.Objects.requireNonNull(cache, "cache");
            java.util.Objects.requireNonNull(beside, "beside");
        }
    }

    /**
     * The files an incremental build last published beside the releases ({@code latest/} has a
     * page per page), so the next one keeps those whose bytes are the same without reading them back.
     */
    public static final class Beside {
        private Map<String, byte[]> published = Map.of();
        /** What the last published redirect pages were made from, and their paths. */
        private Optional<LinksMadeFrom> links = Optional.empty();
        private java.util.Set<String> linkPaths = java.util.Set.of();

        synchronized Optional<java.util.Set<String>> linksFrom(LinksMadeFrom input) {
            return links.equals(Optional.of(input)) ? Optional.of(linkPaths) : Optional.empty();
        }

        synchronized void links(LinksMadeFrom input, java.util.Set<String> paths) {
            links = Optional.of(input);
            linkPaths = java.util.Set.copyOf(paths);
        }

        /** The last history read from git, and the commit it was read at. */
        private Optional<java.util.Map.Entry<String, dev.playbook.model.PageHistory>> history = Optional.empty();

        synchronized Optional<dev.playbook.model.PageHistory> history(String commit) {
            return history.filter(h -> h.getKey().equals(commit)).map(java.util.Map.Entry::getValue);
        }

        synchronized void history(String commit, dev.playbook.model.PageHistory pages) {
            history = Optional.of(java.util.Map.entry(commit, pages));
        }

        synchronized Optional<byte[]> published(String path) {
            return Optional.ofNullable(published.get(path));
        }

        synchronized void publish(Map<String, byte[]> files) {
            published = Map.copyOf(files);
        }
    }

    /** Everything the redirect pages beside the releases are made from: equal inputs, equal pages. */
    record LinksMadeFrom(String language, String latest, java.util.Set<String> latestPages, Map<String, String> latestIds,
                         List<StableLinks.ReleaseIds> older) { }

    /** A release to build: from the working tree, or from a tag. */
    private record Planned(String name, String source, Optional<GitReleases.Tagged> tag) { }

    /** A staged release and what its step recorded. */
    private record Staged(Planned plan, StagedBuild build, ReleaseFiles files) { }

    private final Options options;
    private final Path root;
    private final Problems problems = new Problems();
    private final Map<String, ReleaseSnapshot> snapshots = new TreeMap<>(ReleaseOrder.OLDEST_FIRST);
    private final Map<String, String> fingerprints = new TreeMap<>(ReleaseOrder.OLDEST_FIRST);
    /** What this build writes beside the releases. */
    private final Map<String, byte[]> besideNow = new java.util.concurrent.ConcurrentHashMap<>();
    /** Wall time of each step around the releases' own builds, for {@code --stats}. */
    private final Map<String, Long> millis = new LinkedHashMap<>();
    /** This run's publish: every release folder and the files beside them, committed as one. */
    private Publication publication;

    /** A step that may fail with an I/O error. */
    private interface Step<T> {
        T run() throws IOException;
    }

    private <T> T timed(String step, Step<T> work) throws IOException {
        dev.playbook.diag.Trace.step("releases: " + step);
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            millis.merge("releases: " + step, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    private ReleaseBuild(Options options) {
        this.options = options;
        this.root = options.build().out().toAbsolutePath().normalize();
    }

    /**
     * Builds and publishes, or publishes nothing when any release has an error.
     *
     * @throws ThemeNotFoundException when the theme does not exist (a usage error)
     * @throws ReleaseException       when the build cannot start as asked (a usage error)
     */
    public static ReleasesReport run(Options options) throws ThemeNotFoundException, ReleaseException {
        try {
            return new ReleaseBuild(options).locked();
        } catch (OutputLockedException e) {
            throw new ReleaseException.OutputLocked(e.getMessage());
        } catch (IOException e) {
            throw new dev.playbook.build.BuildException("releases", e);
        }
    }

    /**
     * Runs with the output folder's lock held: taking it completes what a killed build left
     * unfinished and removes its leftovers, before anything else reads the output folder.
     */
    private ReleasesReport locked() throws IOException, ThemeNotFoundException, ReleaseException {
        if (!options.build().write()) {
            try (Publication nothing = Publication.into(root)) {
                publication = nothing; // a check: nothing is staged or published
                return execute();
            }
        }
        Optional<OutputLock> taken = options.lock().isPresent() ? Optional.empty()
                : Optional.of(OutputLock.take(root, options.build().out().toString()));
        if (options.lock().isPresent() && options.lock().get().recoverAgain()) {
            problems.warning(SourcePosition.of(options.build().out().toString()), "the last publish stopped halfway;"
                    + " it was completed first, so the folder held its whole new site");
        }
        try {
            taken.ifPresent(this::reportRecovery);
            try (Publication publishing = Publication.into(root)) {
                publication = publishing;
                return execute();
            }
        } finally {
            if (taken.isPresent()) {
                taken.get().close();
            }
        }
    }

    private void reportRecovery(OutputLock lock) {
        if (lock.recovered()) {
            problems.warning(SourcePosition.of(options.build().out().toString()), "an earlier build was stopped while"
                    + " publishing; its publish was completed first, so the folder held its whole new site");
        }
    }

    private ReleasesReport execute() throws IOException, ThemeNotFoundException, ReleaseException {
        BuildOptions base = options.build();
        Optional<SiteConfig> config = readConfig(base);
        if (config.isEmpty()) {
            // The build reports every problem of the config at its place; nothing is written.
            try (StagedBuild failed = Build.stage(at(base, root.resolve("current")), ReleaseStep.NONE)) {
                problems.addAll(failed.report().problems());
            }
            return unpublished(List.of());
        }
        String current = base.release().orElse(config.get().release());
        if (!SiteConfig.isReleaseName(current)) {
            throw new ReleaseException("release \"" + current + "\" must be letters, digits, '.', '_' or '-' (it names a"
                    + " folder), and not " + String.join(" or ", SiteConfig.RESERVED_RELEASES));
        }
        Theme theme = Theme.resolve(base.theme(), base.source());
        String environment = new Fingerprint()
                .add("generator", Version.current())
                .add("theme", Fingerprint.ofTheme(theme))
                .add("drafts", Boolean.toString(base.includeDrafts()))
                .add("date", base.date().map(Object::toString).orElse(""))
                .hex();
        Map<String, Published> published = PublishedReleases.read(root);
        Optional<GitReleases> git = options.allReleases() ? Optional.of(openGit(base)) : quietGit(base);
        GitOrigins origins = new GitOrigins(git, options.incremental().map(Incremental::beside));
        try {
            List<Planned> plan = plan(current, config.get(), git);
            List<String> names = new ArrayList<>(published.keySet());
            plan.stream().map(Planned::name).filter(n -> !names.contains(n)).forEach(names::add);
            names.sort(ReleaseOrder.OLDEST_FIRST);
            List<Staged> staged = new ArrayList<>();
            List<ReleasesReport.Outcome> outcomes = new ArrayList<>();
            try {
                int step = 0;
                for (Planned release : plan) {
                    step++;
                    String prefix = plan.size() > 1 ? "[" + step + "/" + plan.size() + "] " : "";
                    Optional<String> previous = previousOf(release.name(), names, published);
                    String previousFingerprint = previous.map(fingerprints::get).orElse("");
                    Supplier<String> fingerprint = memoised(() -> {
                        try {
                            return new Fingerprint()
                                    .add("environment", environment)
                                    .add("source", sourceId(release, base))
                                    .add("previous", previous.orElse(""))
                                    .add("previous-fingerprint", previousFingerprint)
                                    .hex();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    if (options.incremental().isEmpty() || plan.size() > 1) {
                        fingerprints.put(release.name(), timed("fingerprint", fingerprint::get));
                    }
                    if (release.tag().isPresent() && unchanged(release.name(), fingerprint.get(), published)) {
                        options.progress().accept(prefix + "release " + release.name() + " (" + release.source()
                                + "): unchanged, not rebuilt");
                        outcomes.add(new ReleasesReport.Outcome(release.name(), release.source(), Optional.empty()));
                        continue;
                    }
                    options.progress().accept(prefix + "release " + release.name() + " (" + release.source() + "): building");
                    long start = System.nanoTime();
                    dev.playbook.model.PageHistory origin = timed("history", () -> origins.of(release.tag(), base.displayRoot(), problems));
                    ReleaseFiles files = new ReleaseFiles(previous.map(snapshots::get), release.source(), fingerprint,
                            publication, origin);
                    StagedBuild build = stage(release, base, theme, git, files);
                    staged.add(new Staged(release, build, files));
                    problems.addAll(build.report().problems());
                    files.snapshot().ifPresent(s -> snapshots.put(release.name(), s));
                    options.progress().accept(prefix + "release " + release.name() + ": " + (build.report().hasErrors()
                            ? build.report().errors() + " error(s)" : build.report().pages() + " pages staged")
                            + String.format(" in %.1f s", (System.nanoTime() - start) / 1e9));
                }
                if (problems.hasErrors() || staged.stream().anyMatch(s -> !s.build().publishable())) {
                    return unpublished(outcomes);
                }
                return publish(staged, outcomes, published, theme, config.get());
            } finally {
                for (Staged s : staged) {
                    s.build().close();
                }
            }
        } finally {
            git.ifPresent(GitReleases::close);
        }
    }

    /** The working tree's release and, with git, every tagged release; oldest first. */
    private List<Planned> plan(String current, SiteConfig config, Optional<GitReleases> git) throws IOException {
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(current, "working tree", Optional.empty()));
        if (git.isPresent()) {
            for (GitReleases.Tagged tag : git.get().tags(config, options.build().displayRoot(), problems)) {
                if (tag.name().equals(current)) {
                    // The working tree is this release's newest state: it is built from there.
                    options.progress().accept("release " + current + ": built from the working tree, not from tag " + tag.tag());
                    continue;
                }
                plan.add(new Planned(tag.name(), "tag " + tag.tag(), Optional.of(tag)));
            }
        }
        plan.sort(Comparator.comparing(Planned::name, ReleaseOrder.OLDEST_FIRST));
        return plan;
    }

    /** The repository the working tree is in, for its history; none outside git, or when it cannot be read. */
    private Optional<GitReleases> quietGit(BuildOptions base) {
        try {
            return GitReleases.open(base.source());
        } catch (IOException | RuntimeException e) {
            problems.warning(SourcePosition.of(base.displayRoot()), "cannot open the git repository (" + e.getMessage()
                    + "); pages show no \"Last updated\" date");
            return Optional.empty();
        }
    }

    private GitReleases openGit(BuildOptions base) throws IOException, ReleaseException {
        return GitReleases.open(base.source()).orElseThrow(() -> new ReleaseException("--all-releases reads release tags"
                + " from git, but " + base.displayRoot() + " is not inside a git working tree"));
    }

    /** The newest release older than {@code name} whose pages are known (built now, or recorded in its folder). */
    private Optional<String> previousOf(String name, List<String> names, Map<String, Published> published) {
        for (int i = names.indexOf(name) - 1; i >= 0; i--) {
            String candidate = names.get(i);
            if (!snapshots.containsKey(candidate)) {
                loadSnapshot(candidate, published);
            }
            if (snapshots.containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void loadSnapshot(String name, Map<String, Published> published) {
        Published release = published.get(name);
        if (release == null || release.record().isEmpty()) {
            return;
        }
        Path file = root.resolve(name).resolve(ReleaseSnapshot.FILE);
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                snapshots.put(name, Json.gunzip(Files.readAllBytes(file), ReleaseSnapshot.class));
                fingerprints.putIfAbsent(name, release.record().get().fingerprint());
            }
        } catch (IOException | RuntimeException e) {
            problems.warning(SourcePosition.of(root.resolve(name).toString()), "cannot read " + ReleaseSnapshot.FILE
                    + " (" + e.getMessage() + "); the next release's notes do not compare with release " + name);
        }
    }

    /** A tagged release whose published folder was built from the same fingerprint. */
    private boolean unchanged(String name, String fingerprint, Map<String, Published> published) {
        Published release = published.get(name);
        return release != null && release.record().map(r -> r.fingerprint().equals(fingerprint)).orElse(false)
                && Files.isRegularFile(root.resolve(name).resolve(SiteWriter.MANIFEST), LinkOption.NOFOLLOW_LINKS);
    }

    /** The id of a release's source: the tagged tree, or a digest of the working tree's files. */
    private static String sourceId(Planned release, BuildOptions base) throws IOException {
        if (release.tag().isPresent()) {
            return "git-tree " + release.tag().get().tree().name();
        }
        return Files.isDirectory(base.source()) ? "files " + Fingerprint.ofFolder(base.source()) : "missing";
    }

    private StagedBuild stage(Planned release, BuildOptions base, Theme theme, Optional<GitReleases> git, ReleaseFiles files)
            throws IOException, ThemeNotFoundException, ReleaseException {
        Path out = root.resolve(release.name());
        if (Files.isSymbolicLink(out)) {
            throw new ReleaseException(out + " is a symbolic link; a release folder must be a real folder inside " + root);
        }
        if (release.tag().isEmpty()) {
            if (options.incremental().isPresent()) {
                Incremental incremental = options.incremental().get();
                return Build.stage(at(base, out), files, incremental.cache(), incremental.pagesFirst());
            }
            if (options.stored().isPresent()) {
                return Build.stage(at(base, out), files, options.stored().get(), false);
            }
            return Build.stage(at(base, out), files);
        }
        GitReleases repository = git.orElseThrow();
        // Beside the output folder, in a folder the next build removes if this one is killed.
        Path temporary = publication.scratch();
        try {
            String sourcePath = repository.sourcePath();
            Path source = sourcePath.isEmpty() ? temporary.resolve("playbook") : temporary.resolve(sourcePath);
            repository.materialise(release.tag().get(), source);
            String display = release.tag().get().tag() + ":" + (sourcePath.isEmpty() ? "." : sourcePath);
            // Every release wears the working tree's theme, so the switcher and banners work in all of them.
            String themeSpec = theme.projectFolder().map(Path::toString).orElse("default");
            BuildOptions tagged = new BuildOptions(source, display, out, themeSpec, Optional.of(release.name()),
                    base.includeDrafts(), base.date(), true);
            return Build.stage(tagged, files);
        } finally {
            deleteTree(temporary);
        }
    }

    /** Commits every staged release, then what lies beside them. */
    private ReleasesReport publish(List<Staged> staged, List<ReleasesReport.Outcome> outcomes,
                                   Map<String, Published> published, Theme theme, SiteConfig config) throws IOException {
        Map<String, Published> all = new TreeMap<>(ReleaseOrder.OLDEST_FIRST);
        all.putAll(published);
        Map<String, Boolean> folderChanged = new LinkedHashMap<>();
        int written = 0;
        int unchanged = 0;
        int removed = 0;
        for (ReleasesReport.Outcome skipped : outcomes) {
            all.computeIfAbsent(skipped.name(), n -> new Published(n, "", "", Optional.empty()));
        }
        try (SiteWriter writer = SiteWriter.open(root, publication)) {
            // Release folders are committed only once the files beside them are known to be writable.
            for (Staged release : staged) {
                SiteConfig built = release.files().config().orElseThrow();
                all.put(release.plan().name(), new Published(release.plan().name(), built.releaseTitle().orElse(""),
                        built.releaseDate().orElse(""), Optional.empty()));
                String zip = ReleaseBundle.fileName(release.plan().name());
                if (Files.exists(root.resolve(zip), LinkOption.NOFOLLOW_LINKS) && writer.published(zip).isEmpty()) {
                    problems.error(SourcePosition.of(root.resolve(zip).toString()), "exists and was not written by Playbook;"
                            + " move it out of the output folder (Playbook never overwrites files it did not write)");
                }
            }
            List<Published> releases = List.copyOf(all.values());
            String latest = PublishedReleases.latest(releases);
            timed("links beside", () -> {
                writeBeside(writer, releases, latest, theme, config, staged);
                return null;
            });
            if (problems.hasErrors()) {
                return unpublished(outcomes);
            }
            List<ReleasesReport.Outcome> done = new ArrayList<>(outcomes);
            for (Staged release : staged) {
                BuildReport report = timed("commit releases", release.build()::commit);
                written += report.written();
                unchanged += report.unchanged();
                removed += report.removed();
                folderChanged.put(release.plan().name(), report.written() + report.removed() > 0);
                done.add(new ReleasesReport.Outcome(release.plan().name(), release.plan().source(), Optional.of(report)));
            }
            done.sort(Comparator.comparing(ReleasesReport.Outcome::name, ReleaseOrder.OLDEST_FIRST));
            if (options.incremental().isEmpty()) {
                timed("zip", () -> {
                    writeBundles(writer, releases, folderChanged, theme, config.language(), staged);
                    return null;
                });
            }
            if (problems.hasErrors()) {
                options.incremental().ifPresent(i -> i.cache().forgetPublished());
                return unpublished(done);
            }
            CommitReport beside = timed("commit beside", writer::commit);
            try {
                // Everything above only staged and planned: this is the one step that changes the output folder.
                timed("publish", () -> {
                    publication.execute();
                    return null;
                });
            } catch (IOException e) {
                options.incremental().ifPresent(i -> i.cache().forgetPublished());
                throw new dev.playbook.build.BuildException("publish", e);
            }
            options.incremental().ifPresent(i -> i.beside().publish(besideNow));
            return new ReleasesReport(problems.sorted(), true, done, Optional.of(latest), written + beside.written(),
                    unchanged + beside.unchanged(), removed + beside.removed(), millis);
        }
    }

    /**
     * {@code versions.json}, {@code versions.js}, {@code index.html}, {@code latest/}, {@code go/}, the redirect
     * script and, with a base URL, the sitemap index.
     */
    private void writeBeside(SiteWriter writer, List<Published> releases, String latest, Theme theme, SiteConfig config,
                             List<Staged> staged) throws IOException {
        write(writer, PublishedReleases.VERSIONS_JSON, StableLinks.utf8(PublishedReleases.versionsJson(releases)));
        write(writer, PublishedReleases.VERSIONS_JS, StableLinks.utf8(PublishedReleases.versionsJs(releases)));
        write(writer, StableLinks.SCRIPT, Files.readAllBytes(theme.file(RedirectPage.THEME_SCRIPT).orElseThrow(() ->
                new IOException("the theme has no " + RedirectPage.THEME_SCRIPT))));
        Optional<Staged> latestBuilt = staged.stream().filter(s -> s.plan().name().equals(latest)).findFirst();
        java.util.Set<String> latestPages = latestBuilt.isPresent()
                ? latestBuilt.get().files().htmlPaths()
                : StableLinks.htmlIn(root.resolve(latest));
        Map<String, String> latestIds = Optional.ofNullable(snapshots.get(latest)).map(ReleaseSnapshot::paths).orElse(Map.of());
        List<StableLinks.ReleaseIds> older = new ArrayList<>();
        for (Published release : releases) {
            if (!release.name().equals(latest)) {
                if (!snapshots.containsKey(release.name())) {
                    loadSnapshot(release.name(), Map.of(release.name(), release));
                }
                Optional.ofNullable(snapshots.get(release.name()))
                        .ifPresent(s -> older.add(0, new StableLinks.ReleaseIds(release.name(), s.paths())));
            }
        }
        // Three small redirect pages per page of the latest release: written on all cores. The dev
        // server keeps them as they are while the pages' paths and ids stay the same.
        LinksMadeFrom input = new LinksMadeFrom(config.language(), latest, java.util.Set.copyOf(latestPages),
                Map.copyOf(latestIds), List.copyOf(older));
        Optional<Beside> beside = options.incremental().map(Incremental::beside);
        Optional<java.util.Set<String>> same = beside.flatMap(b -> b.linksFrom(input));
        if (same.isEmpty() || !keepAll(writer, same.get())) {
            Map<String, String> pages = StableLinks.pages(config.language(), latest, latestPages, latestIds, older);
            beside.ifPresent(b -> b.links(input, pages.keySet()));
            try {
                pages.entrySet().parallelStream().forEach(page -> {
                    try {
                        write(writer, page.getKey(), StableLinks.utf8(page.getValue()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        boolean latestHasSitemap = latestBuilt.isPresent()
                ? latestBuilt.get().files().config().flatMap(SiteConfig::baseUrl).isPresent()
                : Files.isRegularFile(root.resolve(latest).resolve(Sitemap.FILE), LinkOption.NOFOLLOW_LINKS);
        writeFollowers(writer, latest, latestBuilt);
        if (config.baseUrl().isPresent() && latestHasSitemap) {
            write(writer, Sitemap.FILE, StableLinks.utf8(Sitemap.index(config.baseUrl().get(), latest)));
        }
    }

    /**
     * The feeds beside the releases, which readers subscribe to, and the page web hosts show for a
     * missing address: the latest release's, as built now, else as the last build that built it left them.
     */
    private void writeFollowers(SiteWriter writer, String latest, Optional<Staged> latestBuilt) throws IOException {
        String notFound = dev.playbook.render.NotFoundPage.URL;
        if (latestBuilt.isPresent()) {
            for (Map.Entry<String, byte[]> feed : latestBuilt.get().files().besideFeeds().entrySet()) {
                write(writer, feed.getKey(), feed.getValue());
            }
            // Its links are root-relative, so the latest release's page serves beside the releases as it is.
            Optional<byte[]> page = latestBuilt.get().files().writer().isPresent()
                    ? latestBuilt.get().files().writer().get().claimed(notFound) : Optional.empty();
            if (page.isPresent()) {
                write(writer, notFound, page.get());
            }
            return;
        }
        for (String feed : List.of(dev.playbook.feeds.AtomFeeds.ALL, dev.playbook.feeds.AtomFeeds.STORIES,
                dev.playbook.feeds.AtomFeeds.RELEASES, notFound)) {
            try {
                if (Files.isRegularFile(root.resolve(feed), LinkOption.NOFOLLOW_LINKS)) {
                    writer.keep(feed, "the release list and links beside the releases");
                }
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(root.toString()), e.getMessage());
            }
        }
    }

    /** Keeps the redirect pages the last build published; false (keeping none) when one is gone. */
    private boolean keepAll(SiteWriter writer, java.util.Set<String> paths) {
        Beside beside = options.incremental().orElseThrow().beside();
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (String path : paths) {
            Optional<byte[]> published = beside.published(path);
            if (published.isEmpty()) {
                return false;
            }
            bytes.put(path, published.get());
        }
        try {
            if (!writer.keepAll(paths, "the release list and links beside the releases")) {
                return false; // one was removed by hand: the pages are made again
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(root.toString()), e.getMessage());
            return true;
        }
        besideNow.putAll(bytes);
        return true;
    }

    /**
     * A zip of every release this build wrote, and of earlier Playbook releases whose zip is missing;
     * a zip whose release folder did not change is kept as it is.
     */
    private void writeBundles(SiteWriter writer, List<Published> releases, Map<String, Boolean> folderChanged, Theme theme,
                              String language, List<Staged> staged) throws IOException {
        byte[] script = Files.readAllBytes(theme.file(RedirectPage.THEME_SCRIPT).orElseThrow());
        for (Published release : releases) {
            String zip = ReleaseBundle.fileName(release.name());
            boolean ours = folderChanged.containsKey(release.name()) || release.record().isPresent();
            if (!ours) {
                continue;
            }
            boolean changed = folderChanged.getOrDefault(release.name(), false);
            try {
                if (!changed && writer.keep(zip, "the bundle of release " + release.name())) {
                    continue;
                }
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(root.toString()), e.getMessage());
                continue;
            }
            List<Published> alone = List.of(release);
            Map<String, byte[]> extras = new TreeMap<>();
            extras.put(PublishedReleases.VERSIONS_JSON, StableLinks.utf8(PublishedReleases.versionsJson(alone)));
            extras.put(PublishedReleases.VERSIONS_JS, StableLinks.utf8(PublishedReleases.versionsJs(alone)));
            extras.put(StableLinks.SCRIPT, script);
            extras.put("index.html", StableLinks.utf8(RedirectPage.html(language, release.name() + "/index.html", StableLinks.SCRIPT)));
            // Streamed to its staged file: a large release's zip is tens of megabytes.
            try {
                writer.write(zip, "the bundle of release " + release.name(),
                        out -> ReleaseBundle.zip(filesOf(release.name(), staged), release.name(), extras, out, previousZip(release.name())));
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(root.toString()), e.getMessage());
            }
        }
    }

    /**
     * The published zip of a release whose folder holds what an earlier build of this generator and
     * Java published (the stored cache says so), whose entries the new zip may copy as they are.
     */
    private Optional<Path> previousZip(String release) {
        Path zip = root.resolve(ReleaseBundle.fileName(release));
        return options.stored().filter(cache -> cache.holdsStoredPublish(root.resolve(release))).map(cache -> zip);
    }

    /** A release folder's files as this publish leaves them: as committed when built now, else as published. */
    private java.util.SortedMap<String, Path> filesOf(String release, List<Staged> staged) throws IOException {
        for (Staged built : staged) {
            if (built.plan().name().equals(release) && built.files().writer().isPresent()) {
                return built.files().writer().get().committedFiles();
            }
        }
        return ReleaseBundle.published(root.resolve(release));
    }

    private void write(SiteWriter writer, String path, byte[] content) throws IOException {
        String owner = "the release list and links beside the releases";
        try {
            besideNow.put(path, content);
            Optional<Beside> beside = options.incremental().map(Incremental::beside);
            if (beside.isPresent() && beside.get().published(path).filter(b -> java.util.Arrays.equals(b, content)).isPresent()
                    && writer.keep(path, owner)) {
                return;
            }
            writer.write(path, content, owner);
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(root.toString()), e.getMessage());
        }
    }

    private ReleasesReport unpublished(List<ReleasesReport.Outcome> outcomes) {
        return new ReleasesReport(problems.sorted(), false, outcomes, Optional.empty(), 0, 0, 0, millis);
    }

    /** The working tree's config, read quietly: a broken one is reported by the build itself. */
    private static Optional<SiteConfig> readConfig(BuildOptions base) {
        Path file = base.source().resolve(SourceLoader.CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = SourceText.decode(Files.readAllBytes(file), SourceLoader.CONFIG_FILE);
            return SiteConfigReader.read(text, SourceLoader.CONFIG_FILE, new Problems());
        } catch (IOException | SourceException e) {
            return Optional.empty();
        }
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static BuildOptions at(BuildOptions base, Path out) {
        return new BuildOptions(base.source(), base.displayRoot(), out, base.theme(), base.release(), base.includeDrafts(),
                base.date(), base.write());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
