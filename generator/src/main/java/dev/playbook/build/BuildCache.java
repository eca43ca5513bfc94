package dev.playbook.build;

import dev.playbook.digest.ContentDigest;
import dev.playbook.diag.Problem;
import dev.playbook.index.SearchIndexer;
import dev.playbook.load.SourceCache;
import dev.playbook.model.Page;
import dev.playbook.model.PageCache;
import dev.playbook.model.PageContent;
import dev.playbook.render.TemplateEngine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves for the next build of the same playbook in the same process: the files
 * read, the pages modelled, the bodies rendered (with the link targets they saw), the template
 * engine, the model each published page was laid out from and the last search index. The dev
 * server keeps one; a build started from the command line starts from an empty one that keeps no
 * laid-out models ({@link #forOneBuild}), so both run the same code and an incremental build
 * equals a full one as long as every cache key holds everything its value depends on. Used by one
 * build at a time.
 */
public final class BuildCache {

    final SourceCache sources = new SourceCache();
    final PageCache pages = new PageCache();
    /** Rendered bodies by page id. */
    final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    /** The index blocks kept between processes ({@link StoredIndexBlocks}); none in a cache of one process. */
    dev.playbook.index.IndexBlocks indexBlocks = dev.playbook.index.IndexBlocks.NONE;
    /** The link targets the rendered bodies were resolved against. */
    Optional<LinkTable> links = Optional.empty();
    /** The glossary the cached bodies were rendered with ({@link AffectedPages#glossaryKey}). */
    Optional<String> glossary = Optional.empty();
    /** Whether a body was rendered, or one went, since the bodies were loaded: the stored cache writes them again then. */
    volatile boolean bodiesChanged;
    /** How many bodies this cache's builds rendered and pages they laid out (not kept), for the debug line and tests. */
    final java.util.concurrent.atomic.AtomicInteger bodiesRendered = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger pagesLaidOut = new java.util.concurrent.atomic.AtomicInteger();
    private Optional<TemplateEngine> templates = Optional.empty();
    private String templatesKey = "";
    /** The model every published output was laid out from, by output path, for the output folder {@link #laidOutIn}. */
    private Map<String, LaidOut> laidOut = Map.of();
    private Optional<Path> laidOutIn = Optional.empty();
    private Optional<AffectedPages.Basis> basis = Optional.empty();
    /** The last search index made for each output folder (one per language), so the next one updates it. */
    private final Map<Path, SearchIndexer.Indexed> searchIndexes = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, SearchIndexer.Indexed> eldest) {
            return size() > MAX_SEARCH_INDEXES;
        }
    };
    /** Enough for every language of a release and a few more; an older one is built afresh. */
    private static final int MAX_SEARCH_INDEXES = 32;
    /** False for a one-off build: nothing comes after it, so the laid-out models need not outlive their pages. */
    private final boolean forNextBuild;
    /** What an earlier process published, as digests ({@link StoredCache}): the folder, its manifest's stamp and the basis. */
    private Optional<StoredLayouts> stored = Optional.empty();
    /** What this build's layouts were made from, as digests, when a stored cache keeps them. */
    private Optional<StoredLayouts> stamped = Optional.empty();
    private boolean stamps;
    /**
     * Each other language's cache, by its folder in the release ({@code es/}): a translation has
     * pages of its own at the same ids, so its pages, bodies and search index are kept apart.
     */
    private final Map<String, BuildCache> editions = new ConcurrentHashMap<>();
    /** Hears of each other language's cache when it is made, so the stored cache can load its bodies. */
    java.util.function.BiConsumer<String, BuildCache> editionMade = (folder, made) -> { };

    /** The layouts an earlier process published into {@code out}, made from {@code basis}; valid while its manifest has {@code manifest}. */
    record StoredLayouts(Path out, String manifest, AffectedPages.Stamped basis) { }

    /** A cache for a series of builds (the dev server). */
    public BuildCache() {
        this(true);
    }

    private BuildCache(boolean forNextBuild) {
        this.forNextBuild = forNextBuild;
    }

    /** The cache of the language whose pages go to {@code folder} of the release, made on first use. */
    BuildCache edition(String folder) {
        BuildCache known = editions.get(folder);
        if (known != null) {
            return known;
        }
        BuildCache made = new BuildCache(forNextBuild);
        made.indexBlocks = indexBlocks;
        BuildCache raced = editions.putIfAbsent(folder, made);
        if (raced != null) {
            return raced;
        }
        editionMade.accept(folder, made);
        return made;
    }

    /** The other languages' caches made so far, by folder. */
    Map<String, BuildCache> editions() {
        return Map.copyOf(editions);
    }

    /** A cache for one build and no other: what only a next build would read is not kept. */
    static BuildCache forOneBuild() {
        return new BuildCache(false);
    }

    /** Whether to keep what each output was laid out from (10,000 pages' view models are some 100 MB). */
    boolean keepsLaidOut() {
        return forNextBuild;
    }

    /**
     * What a body's rendering depends on besides the link targets.
     *
     * @param body     the Markdown rendered: the page's body with other generators' blocks rewritten and
     *                 included files in it, so a change to an included file is a change of the key
     * @param included the files included, whose names the positions of their problems carry
     * @param severity how serious broken links are ({@code checks.links})
     */
    record RenderKey(String body, List<String> included, String id, String url, String display, String folder, String title,
                     boolean titleFromBody, int bodyLine, String severity) {
        /** The key as a digest: what the cache keeps, so it holds no second copy of every body. */
        String digest() {
            return new ContentDigest().add(body).add(included.toString()).add(id).add(url).add(display).add(folder).add(title)
                    .add(Boolean.toString(titleFromBody)).add(Integer.toString(bodyLine)).add(severity).hex();
        }

        static RenderKey of(Page page, dev.playbook.dialects.Rewritten body, String severity) {
            return new RenderKey(body.text(), body.included(), page.id(), page.url(), page.display(), page.folder(), page.title(),
                    page.titleFromBody(), page.bodyLine(), severity);
        }
    }

    /**
     * A rendered body and the problems its rendering found; {@code key} is its {@link RenderKey#digest()},
     * {@code contentDigest} the content's ({@link AffectedPages#contentDigest}), taken once when it is rendered.
     */
    record Rendered(String key, PageContent content, List<Problem> problems, String contentDigest) {
        Rendered(String key, PageContent content, List<Problem> problems) {
            this(key, content, problems, AffectedPages.contentDigest(content));
        }
    }

    /** What an output was laid out from: the template and its model (view records, compared by value). */
    record LaidOut(String layout, Object model) { }

    /** Forgets source files a watcher saw change, so they are read again whatever their stamps say. */
    public void forget(java.util.Collection<String> sourcePaths) {
        sources.forget(sourcePaths);
        editions.values().forEach(edition -> edition.forget(sourcePaths));
    }

    /** Forgets every source file read. */
    public void forgetAll() {
        sources.forgetAll();
        editions.values().forEach(BuildCache::forgetAll);
    }

    /** Makes this cache keep what each build's layouts were made from as digests, for {@link StoredCache}. */
    void stampLayouts(Optional<StoredLayouts> published) {
        stamps = true;
        stored = published;
    }

    /**
     * Whether {@code out} holds what an earlier process with this cache's generator and Java
     * published, untouched by any build since (its manifest is the one that build wrote): then
     * what that build wrote beside it (the release's zip) was made by the same code.
     */
    public synchronized boolean holdsStoredPublish(Path out) {
        return storedBasis(out.toAbsolutePath().normalize()).isPresent();
    }

    boolean stampsLayouts() {
        return stamps;
    }

    /** The stored basis of what an earlier process published in {@code out}, while that is what {@code out} still holds. */
    synchronized Optional<AffectedPages.Stamped> storedBasis(Path out) {
        return stored.filter(s -> s.out().equals(out) && s.manifest().equals(StoredCache.manifestStamp(out)))
                .map(StoredLayouts::basis);
    }

    /** Notes the digests of this build's layouts in {@code out}; they are stored once published. */
    synchronized void stamped(Path out, AffectedPages.Stamped basis) {
        stamped = Optional.of(new StoredLayouts(out, "", basis));
    }

    synchronized Optional<StoredLayouts> stamped() {
        return stamped;
    }

    synchronized String templatesKey() {
        return templatesKey;
    }

    /** The template engine for a theme whose templates have this key (a digest of their bytes). */
    synchronized TemplateEngine templates(String key, java.util.function.Supplier<TemplateEngine> create) {
        if (templates.isEmpty() || !templatesKey.equals(key)) {
            templates = Optional.of(create.get());
            templatesKey = key;
            laidOut = Map.of();
            basis = Optional.empty();
        }
        return templates.get();
    }

    /** The layouts of what is published in {@code out}, empty when another folder was published last. */
    synchronized Map<String, LaidOut> laidOut(Path out) {
        return laidOutIn.equals(Optional.of(out)) ? laidOut : Map.of();
    }

    /** What the layouts published in {@code out} were made from. */
    synchronized Optional<AffectedPages.Basis> basis(Path out) {
        return laidOutIn.equals(Optional.of(out)) && !laidOut.isEmpty() ? basis : Optional.empty();
    }

    /** The last search index made for {@code out}, built or updated, published or not. */
    synchronized Optional<SearchIndexer.Indexed> searchIndex(Path out) {
        return Optional.ofNullable(searchIndexes.get(out));
    }

    synchronized void searchIndex(Path out, SearchIndexer.Indexed index) {
        searchIndexes.put(out, index);
    }

    /** Forgets what was published: a publish that failed after its commits were planned left the old files. */
    public synchronized void forgetPublished() {
        laidOut = Map.of();
        laidOutIn = Optional.empty();
        basis = Optional.empty();
        editions.values().forEach(BuildCache::forgetPublished);
    }

    /** Records what a build published into {@code out}: called only once its output is committed. */
    synchronized void published(Path out, Map<String, LaidOut> outputs, Optional<AffectedPages.Basis> madeFrom) {
        laidOut = Map.copyOf(new HashMap<>(outputs));
        laidOutIn = Optional.of(Objects.requireNonNull(out));
        basis = madeFrom;
    }
}
