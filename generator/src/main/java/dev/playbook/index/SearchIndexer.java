package dev.playbook.index;

import dev.playbook.digest.ContentDigest;
import dev.playbook.diag.FaultInjection;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.model.Section;
import dev.playbook.model.Site;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Builds the Lucene index of a release: one document per page section (the introduction and each
 * h2/h3), so a result can lead to {@code page.html#anchor}. Every section carries an order key
 * that follows the reading order, and each segment is sorted by it (a fresh index has one segment
 * per block of {@link #BLOCK_PAGES} pages, in order; an {@linkplain #update updated} one is merged
 * into one), so document ids are the sections' reading-order positions either way: both give the
 * same statistics, scores and ties.
 */
public final class SearchIndexer {

    /** Order keys of consecutive pages in a fresh index are this far apart, so pages can be put between them. */
    static final long PAGE_GAP = 1L << 32;
    /**
     * Pages per block of the index ({@link IndexBlocks}): a fixed number, so the segments are the
     * same on every machine, and small enough that an edit indexes a twentieth of 10,000 pages.
     */
    public static final int BLOCK_PAGES = 500;
    /** Bump when a block's segment changes for the same digest (how documents are made or indexed). */
    private static final int BLOCK_FORMAT = 1;
    /** The room a page needs for its sections' keys. */
    private static final long MAX_SECTIONS = 1L << 16;

    private final String language;
    private final List<SearchDocument> documents;
    private final List<SearchExport.TypeName> types;
    /** The documents of each page, in reading order. */
    private final Map<String, List<SearchDocument>> pages;
    /** {@link #digest()}, once computed. */
    private volatile String digest;
    private final Map<String, byte[]> pageDigests = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A section as the index sees it.
     *
     * @param crumb   where the page sits, for result lists ("Standards" or "Stories › Returns")
     * @param tagList the page's tags; {@code tags} is the same, as the text the index analyses
     */
    record SearchDocument(String url, String page, String type, String title, String heading, String body, String tags,
                          String crumb, List<String> tagList) { }

    /**
     * An index and what it was made from: the sections of each page and the order key of each
     * page's first section. An {@link #update} starts from one; it is a complete index of its own,
     * whether or not it was ever published.
     *
     * @param files the index files by name, read when first needed
     */
    public static final class Indexed {
        private final String language;
        private final Map<String, List<SearchDocument>> pages;
        private final Map<String, Long> keys;
        private final Supplier<Map<String, byte[]>> files;

        private Indexed(String language, Map<String, List<SearchDocument>> pages, Map<String, Long> keys,
                        Supplier<Map<String, byte[]>> files) {
            this.language = language;
            this.pages = pages;
            this.keys = keys;
            this.files = files;
        }

        public Map<String, byte[]> files() {
            return files.get();
        }
    }

    private SearchIndexer(String language, List<SearchDocument> documents, List<SearchExport.TypeName> types) {
        this.language = language;
        this.documents = documents;
        this.types = types;
        Map<String, List<SearchDocument>> byPage = new LinkedHashMap<>();
        for (SearchDocument d : documents) {
            byPage.computeIfAbsent(d.page(), k -> new ArrayList<>()).add(d);
        }
        byPage.replaceAll((k, v) -> List.copyOf(v));
        this.pages = Collections.unmodifiableMap(byPage);
    }

    /** The index of a site's pages in the site's own {@code language:}. */
    public static SearchIndexer of(Site site, Function<String, PageContent> contents) {
        return of(site, contents, site.config().language());
    }

    /**
     * The index of a site's pages in one language (a BCP 47 tag, any: {@link SearchAnalysis#forLanguage}
     * picks its analysis): one index and one export per language, each published in that
     * language's folder (see {@code SearchStage}). {@code contents} gives the text of each page id in
     * that language, or null for a page left out of this language's index.
     */
    public static SearchIndexer of(Site site, Function<String, PageContent> contents, String language) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            PageContent content = contents.apply(page.id());
            if (content == null) {
                continue;
            }
            String tags = String.join(" ", page.tags());
            String crumb = crumb(site, page);
            for (Section section : content.sections()) {
                String url = section.anchor().isEmpty() ? page.url() : page.url() + "#" + section.anchor();
                documents.add(new SearchDocument(url, page.id(), page.type().id(), page.title(), section.heading(),
                        section.text(), tags, crumb, page.tags()));
            }
        }
        List<SearchExport.TypeName> types = site.types().stream()
                .map(t -> new SearchExport.TypeName(t.id(), t.title(), t.plural())).toList();
        return new SearchIndexer(language, List.copyOf(documents), types);
    }

    /** The language tag this index is for, as the manifest and index.properties name it. */
    public String language() {
        return language;
    }

    /** The analysis of this index's language, with which it must be built, exported and searched. */
    public SearchAnalysis analysis() {
        return SearchAnalysis.forLanguage(language);
    }

    /** The titles of the section pages above a page, else its type's name. */
    private static String crumb(Site site, Page page) {
        List<String> titles = new ArrayList<>();
        String folder = page.kind() == PageKind.SECTION ? parent(page.folder()) : page.folder();
        for (String f = folder; !f.isEmpty(); f = parent(f)) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            titles.add(0, site.sectionPage(f).map(Page::title).orElse(name));
        }
        return titles.isEmpty() ? (page.kind() == PageKind.HOME ? "" : page.type().plural()) : String.join(" › ", titles);
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /**
     * The static export for the browser, read from this index's files ({@link #build}'s result).
     * Runs on all cores; the same index gives the same files.
     */
    public Map<String, byte[]> export(Map<String, byte[]> luceneFiles, Supplier<Analyzer> analyzers) throws IOException {
        return new SearchExport(documents, language, types, analyzers).export(luceneFiles);
    }

    public int size() {
        return documents.size();
    }

    /**
     * A digest of everything the index is made from: same digest, same index. Pages are digested
     * on all cores, then their digests in reading order.
     */
    public String digest() {
        String known = digest;
        if (known == null) {
            known = computeDigest();
            digest = known;
        }
        return known;
    }

    private String computeDigest() {
        ContentDigest all = new ContentDigest();
        types.forEach(t -> all.add(t.id() + "=" + t.title() + "/" + t.plural()));
        all.add("format " + SearchSchema.FORMAT + " " + SearchExport.settings() + " lucene " + Version.LATEST + " language " + language);
        List<byte[]> perPage = new ArrayList<>(pages.keySet()).parallelStream().map(this::pageDigest).toList();
        perPage.forEach(all::add);
        return all.hex();
    }

    private static byte[] digest(List<SearchDocument> sections) {
        ContentDigest page = new ContentDigest();
        for (SearchDocument d : sections) {
            for (String value : List.of(d.url(), d.page(), d.type(), d.title(), d.heading(), d.body(), d.tags(), d.crumb())) {
                page.add(value);
            }
        }
        return page.bytes();
    }

    /** The description published beside the index. */
    public String info() {
        return "# Lucene index of this release (" + SearchSchema.FOLDER + ")\n"
                + "format=" + SearchSchema.FORMAT + "\n"
                + "language=" + language + "\n"
                + "analysis=" + SearchAnalysis.forLanguage(language).id() + "\n"
                + "documents=" + documents.size() + "\n"
                + "digest=" + digest() + "\n";
    }

    /**
     * Indexes every section in memory. The pages are cut into blocks of {@link #BLOCK_PAGES} in
     * reading order, whatever the machine's cores, each indexed on its own (on all cores) into one
     * segment, then joined in order, so document ids follow the reading order and every build of
     * the same content, anywhere, holds the same segments.
     */
    public Indexed build(Supplier<Analyzer> analyzers) throws IOException {
        return build(analyzers, IndexBlocks.NONE);
    }

    /**
     * {@link #build(Supplier)}, taking each block whose digest {@code blocks} knows from there and
     * giving it every block indexed: the same index, byte for byte. A kept block Lucene cannot join
     * is indexed again.
     */
    public Indexed build(Supplier<Analyzer> analyzers, IndexBlocks blocks) throws IOException {
        Map<String, Long> keys = freshKeys();
        List<String> pageIds = List.copyOf(pages.keySet());
        int count = Math.max(1, (pageIds.size() + BLOCK_PAGES - 1) / BLOCK_PAGES);
        List<List<String>> cut = IntStream.range(0, count)
                .mapToObj(i -> pageIds.subList(i * BLOCK_PAGES, Math.min(pageIds.size(), (i + 1) * BLOCK_PAGES))).toList();
        List<Map<String, byte[]>> parts;
        try {
            parts = IntStream.range(0, count).parallel().mapToObj(i -> {
                String digest = blockDigest(cut.get(i), keys);
                return blocks.find(digest).orElseGet(() -> {
                    Map<String, byte[]> made = indexBlock(cut.get(i), keys, analyzers);
                    blocks.keep(digest, made);
                    return made;
                });
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            return join(parts, keys, analyzers);
        } catch (IOException | RuntimeException e) {
            if (blocks == IndexBlocks.NONE) {
                throw e;
            }
            return build(analyzers, IndexBlocks.NONE); // a kept block that does not join: all afresh
        }
    }

    /** The blocks' segments joined in order, with stable ids. */
    private Indexed join(List<Map<String, byte[]>> parts, Map<String, Long> keys, Supplier<Analyzer> analyzers) throws IOException {
        List<ByteBuffersDirectory> directories = new ArrayList<>();
        try {
            for (Map<String, byte[]> part : parts) {
                ByteBuffersDirectory directory = new ByteBuffersDirectory();
                directories.add(directory);
                for (Map.Entry<String, byte[]> file : part.entrySet()) {
                    try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
                        out.writeBytes(file.getValue(), file.getValue().length);
                    }
                }
            }
            try (ByteBuffersDirectory joined = new ByteBuffersDirectory()) {
                try (Analyzer analyzer = analyzers.get();
                     IndexWriter writer = new IndexWriter(joined, config(analyzer, NoMergePolicy.INSTANCE))) {
                    writer.addIndexes(directories.toArray(new ByteBuffersDirectory[0]));
                }
                Map<String, byte[]> files = StableIndexFiles.of(joined, files(joined), digest());
                return new Indexed(language, pages, keys, () -> files);
            }
        } finally {
            for (ByteBuffersDirectory directory : directories) {
                directory.close();
            }
        }
    }

    /** One block's pages as a one-segment index, by file name (Lucene's random ids still in them). */
    private Map<String, byte[]> indexBlock(List<String> block, Map<String, Long> keys, Supplier<Analyzer> analyzers) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (Analyzer analyzer = analyzers.get();
                 IndexWriter writer = new IndexWriter(directory, config(analyzer, NoMergePolicy.INSTANCE))) {
                for (String page : block) {
                    writer.addDocuments(toLucene(pages.get(page), keys.get(page)));
                }
            }
            return Map.copyOf(files(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a block's segment is made from: the same digest, the same segment (but for Lucene's ids). */
    private String blockDigest(List<String> block, Map<String, Long> keys) {
        ContentDigest digest = new ContentDigest().add("block " + BLOCK_FORMAT + " format " + SearchSchema.FORMAT + " lucene "
                + Version.LATEST + " analysis " + analysis().id() + " pages " + block.size());
        for (String page : block) {
            digest.add(keys.get(page));
            digest.add(pageDigest(page));
        }
        return digest.hex();
    }

    /** Each page's digest ({@link #digest(List)}), computed once. */
    private byte[] pageDigest(String page) {
        return pageDigests.computeIfAbsent(page, p -> digest(pages.get(p)));
    }

    /**
     * The first page, in reading order, whose sections Lucene refuses on their own: where a failed
     * {@link #build} came from, so that it can be that page's problem. Only asked after a failure.
     */
    public Optional<String> pageThatFails(Supplier<Analyzer> analyzers) {
        for (Map.Entry<String, List<SearchDocument>> page : pages.entrySet()) {
            try (ByteBuffersDirectory scratch = new ByteBuffersDirectory();
                 Analyzer analyzer = analyzers.get();
                 IndexWriter writer = new IndexWriter(scratch, config(analyzer, NoMergePolicy.INSTANCE))) {
                writer.addDocuments(toLucene(page.getValue(), 0));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                return Optional.of(page.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * What {@link #build} would have made, for an index built earlier from these same sections
     * (its digest matched) whose files {@code files} reads.
     */
    public Indexed existing(Supplier<Map<String, byte[]>> files) {
        return new Indexed(language, pages, freshKeys(), files);
    }

    /**
     * Brings an index up to date with these sections: the pages whose sections changed, moved in
     * the reading order or are new are indexed again, pages no longer here are deleted, and the
     * index is merged into one sorted segment. Its documents, statistics and scores are then those
     * of {@link #build}; only Lucene's segment ids and stamps differ. Empty when there is no room
     * left between the order keys of two pages, and when most pages changed: build afresh then.
     */
    public Optional<Indexed> update(Indexed before, Supplier<Analyzer> analyzers) throws IOException {
        if (!before.language.equals(language) || pages.values().stream().anyMatch(p -> p.size() >= MAX_SECTIONS)) {
            return Optional.empty();
        }
        List<String> ids = List.copyOf(pages.keySet());
        long[] kept = keptKeys(ids, before);
        Map<String, Long> keys = new HashMap<>();
        List<String> again = new ArrayList<>();
        long low = 0;
        long lowEnd = 0;
        for (int i = 0; i < ids.size(); ) {
            if (kept[i] >= 0) {
                keys.put(ids.get(i), kept[i]);
                low = kept[i];
                lowEnd = low + pages.get(ids.get(i)).size();
                i++;
                continue;
            }
            int end = i;
            while (end < ids.size() && kept[end] < 0) {
                end++;
            }
            long high = end < ids.size() ? kept[end] : Long.MAX_VALUE / 2;
            long step = (high - Math.max(lowEnd, low + 1)) / (end - i + 1);
            if (step < MAX_SECTIONS) {
                return Optional.empty();
            }
            for (int j = i; j < end; j++) {
                keys.put(ids.get(j), Math.max(lowEnd, low + 1) + step * (j - i + 1));
                again.add(ids.get(j));
            }
            i = end;
        }
        if (again.size() > Math.max(64, ids.size() / 2)) {
            return Optional.empty();
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            for (Map.Entry<String, byte[]> file : before.files().entrySet()) {
                try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
                    out.writeBytes(file.getValue(), file.getValue().length);
                }
            }
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0.0); // plain files, whose ids StableIndexFiles can make stable
            try (Analyzer analyzer = analyzers.get();
                 IndexWriter writer = new IndexWriter(directory, config(analyzer, merges).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                for (String page : before.pages.keySet()) {
                    if (!pages.containsKey(page)) {
                        writer.deleteDocuments(new Term(SearchSchema.PAGE, page));
                    }
                }
                for (String page : again) {
                    writer.updateDocuments(new Term(SearchSchema.PAGE, page), toLucene(pages.get(page), keys.get(page)));
                }
                writer.forceMerge(1);
            }
            Map<String, byte[]> files = StableIndexFiles.of(directory, files(directory), digest());
            return Optional.of(new Indexed(language, pages, Map.copyOf(keys), () -> files));
        }
    }

    /** Order keys of a fresh index: pages {@link #PAGE_GAP} apart, each page's sections one apart. */
    private Map<String, Long> freshKeys() {
        Map<String, Long> keys = new HashMap<>();
        long key = 0;
        for (String page : pages.keySet()) {
            key += PAGE_GAP;
            keys.put(page, key);
        }
        return keys;
    }

    /**
     * The keys of the pages an update keeps as they are, -1 for pages to index again: a page is
     * kept when its sections did not change and its key is on the longest run of the old keys
     * that still follows the reading order (a page moved by its weight breaks that run).
     */
    private long[] keptKeys(List<String> ids, Indexed before) {
        long[] candidate = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            List<SearchDocument> old = before.pages.get(id);
            candidate[i] = old != null && old.equals(pages.get(id)) ? before.keys.get(id) : -1;
        }
        // Longest increasing subsequence of the candidates' keys (patience sorting).
        int[] tails = new int[ids.size()];
        int[] previous = new int[ids.size()];
        int length = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (candidate[i] < 0) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candidate[tails[mid]] < candidate[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        long[] kept = new long[ids.size()];
        Arrays.fill(kept, -1);
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = candidate[i];
        }
        return kept;
    }

    private static IndexWriterConfig config(Analyzer analyzer, MergePolicy merges) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(new Sort(new SortField(SearchSchema.ORDER, SortField.Type.LONG)))
                .setMergePolicy(merges)
                .setRAMBufferSizeMB(1024)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(false)
                .setCommitOnClose(true);
    }

    private static Map<String, byte[]> files(ByteBuffersDirectory directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : directory.listAll()) {
            try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(input.length())];
                input.readBytes(bytes, 0, bytes.length);
                files.put(name, bytes);
            }
        }
        return files;
    }

    private static List<Document> toLucene(List<SearchDocument> sections, long key) {
        List<Document> documents = new ArrayList<>(sections.size());
        if (!sections.isEmpty()) {
            FaultInjection.at("indexing", sections.get(0).page());
        }
        for (int i = 0; i < sections.size(); i++) {
            documents.add(toLucene(sections.get(i), key + i));
        }
        return documents;
    }

    private static Document toLucene(SearchDocument d, long key) {
        Document document = new Document();
        document.add(new NumericDocValuesField(SearchSchema.ORDER, key));
        // Only read back, never searched: not a term, so a heading of any length (an anchor of
        // 100,000 characters) is no "immense term" past Lucene's 32,766 bytes (issue 13).
        document.add(new StoredField(SearchSchema.URL, d.url()));
        document.add(new StringField(SearchSchema.PAGE, d.page(), Field.Store.YES));
        document.add(new StringField(SearchSchema.TYPE, d.type(), Field.Store.YES));
        document.add(new TextField(SearchSchema.TITLE, d.title(), Field.Store.YES));
        document.add(new TextField(SearchSchema.HEADING, d.heading(), Field.Store.YES));
        document.add(new TextField(SearchSchema.BODY, d.body(), Field.Store.NO));
        document.add(new StoredField("snippet", d.body().length() > 240 ? d.body().substring(0, 240) : d.body()));
        document.add(new TextField(SearchSchema.TAGS, d.tags(), Field.Store.NO));
        return document;
    }
}
