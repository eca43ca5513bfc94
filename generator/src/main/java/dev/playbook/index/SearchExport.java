package dev.playbook.index;

import dev.playbook.digest.ContentDigest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The static search export: what the browser needs to rank exactly as Lucene does, read from the
 * Lucene index itself, in script-loaded files (fetch() fails on file://) named by content hash.
 *
 * <p>Files, all calling {@code PlaybookSearch.deliver(name, data)}:
 * <ul>
 *   <li>{@code search/manifest.js} (fixed name, small): format, language, scale, counts, the file
 *       names of every other part, the first term of each term shard, the first section of each
 *       display block, the page types ([id, plural, singular]) and the tags.</li>
 *   <li>Term shards {@code search/data/t-HASH.js}: a sorted range of terms; per term the number of
 *       sections holding it, its head (the best {@link #HEAD} sections, as Lucene ranks a one-term
 *       query: impact down, section up), where its full postings are, and display data with a
 *       passage around the term for the best {@link #SHOWN} sections, so a one-word query needs
 *       no other file.</li>
 *   <li>Postings files {@code search/data/p-HASH.js}: full postings (section ids ascending, each
 *       with its impact's rank in the term's list of distinct impacts) of the terms whose head is
 *       not all of them; loaded for exact multi-word ranking and filters.</li>
 *   <li>Display blocks {@code search/data/b-HASH.js}: contiguous sections (whole pages) with page
 *       title, URL, type, breadcrumb, tags, section heading and anchor, and the opening text.</li>
 *   <li>Facets {@code search/data/f-HASH.js}: sections per page, each page's type and tags.</li>
 * </ul>
 * An impact is the term's BM25 score in the section (every text field, boosted, summed) times
 * {@link #SCALE}, rounded: the browser adds integers. Integers are written with {@link CompactInts}.
 * Parts are cut to about {@link #TARGET_BYTES}; the number of files is held to one per
 * {@link #PAGES_PER_FILE} pages (a small site may use up to {@link #MIN_FILES}), parts growing instead.
 */
public final class SearchExport {

    public static final String MANIFEST = "search/manifest.js";
    public static final String DATA = "search/data/";
    static final int FORMAT = 3;
    static final double SCALE = 1000;
    static final int HEAD = 32;
    static final int SHOWN = 8;
    static final int PAGES_PER_FILE = 25;
    static final int MIN_FILES = 96;
    static final int TARGET_BYTES = 40_000;
    static final int SHARD_BYTES = 16_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Everything that shapes the export besides the index: part of the index digest, so a change re-exports. */
    static String settings() {
        return "export " + FORMAT + " scale " + SCALE + " head " + HEAD + " shown " + SHOWN + " snippet " + Snippets.LENGTH
                + " files 1/" + PAGES_PER_FILE + " min " + MIN_FILES + " target " + TARGET_BYTES + "/" + SHARD_BYTES;
    }

    private final List<SearchIndexer.SearchDocument> documents;
    private final String language;
    private final List<TypeName> types;
    private final Supplier<Analyzer> analyzers;

    /** A page type: its title for one page ("Story") and for the filter ("Stories"). */
    public record TypeName(String id, String title, String plural) { }

    SearchExport(List<SearchIndexer.SearchDocument> documents, String language, List<TypeName> types,
                 Supplier<Analyzer> analyzers) {
        this.documents = documents;
        this.language = language;
        this.types = List.copyOf(types);
        this.analyzers = analyzers;
    }

    /** The export's files by output path, from the Lucene index files of the same documents. */
    Map<String, byte[]> export(Map<String, byte[]> luceneFiles) throws IOException {
        List<TermImpacts> terms;
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            for (Map.Entry<String, byte[]> file : luceneFiles.entrySet()) {
                try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
                    out.writeBytes(file.getValue(), file.getValue().length);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (reader.maxDoc() != documents.size()) {
                    throw new IOException("the index holds " + reader.maxDoc() + " sections, expected " + documents.size());
                }
                terms = new ImpactReader(reader, SCALE).readAll();
            }
        }
        return new Writer(terms).write();
    }

    /** Builds the payloads; one instance per export. */
    private final class Writer {
        private final List<TermImpacts> terms;
        /** Per term (same index as {@link #terms}), its head: the best {@link #HEAD} positions, ranked. */
        private final List<int[]> heads;
        private final int[] pageOf;
        private final List<Integer> pageStarts = new ArrayList<>();
        private final List<String> tags;
        private final Map<String, Integer> tagIndex = new HashMap<>();
        private final Map<String, Integer> typeIndex = new HashMap<>();
        private final Map<String, byte[]> files = new TreeMap<>();

        Writer(List<TermImpacts> terms) {
            this.terms = terms;
            this.heads = terms.parallelStream().map(t -> t.top(HEAD)).toList();
            this.pageOf = new int[documents.size()];
            TreeSet<String> allTags = new TreeSet<>();
            String previous = null;
            for (int i = 0; i < documents.size(); i++) {
                SearchIndexer.SearchDocument d = documents.get(i);
                if (!d.page().equals(previous)) {
                    pageStarts.add(i);
                    previous = d.page();
                }
                pageOf[i] = pageStarts.size() - 1;
                allTags.addAll(d.tagList());
            }
            this.tags = List.copyOf(allTags);
            for (int i = 0; i < tags.size(); i++) {
                tagIndex.put(tags.get(i), i);
            }
            for (int i = 0; i < types.size(); i++) {
                typeIndex.put(types.get(i).id(), i);
            }
        }

        Map<String, byte[]> write() throws IOException {
            // Every query reads term shards, so they are cut small (SHARD_BYTES); postings and blocks, read only
            // for some queries, are cut to about TARGET_BYTES. Past the file budget, parts grow instead.
            List<TermImpacts> longTerms = terms.stream().filter(t -> t.size() > HEAD).toList();
            int budget = Math.max(MIN_FILES, pageStarts.size() / PAGES_PER_FILE) - 2;
            int shards = (int) Math.max(1, Math.min(budget * 3 / 4, parts(total(terms, this::shardWeight), SHARD_BYTES)));
            long postingParts = parts(total(longTerms, SearchExport::postingWeight), TARGET_BYTES);
            long blockParts = parts(total(IntStream.range(0, pageStarts.size()).boxed().toList(), this::pageWeight), TARGET_BYTES);
            double fit = Math.min(1.0, (budget - shards) / (double) (postingParts + blockParts));
            int postings = (int) Math.max(1, Math.floor(postingParts * fit));
            int blocks = (int) Math.max(1, Math.floor(blockParts * fit));

            Map<String, String> snippets = snippets();
            List<String> shardFiles = new ArrayList<>();
            List<String> shardFirst = new ArrayList<>();
            List<String> postingFiles = new ArrayList<>();
            Map<String, Integer> postingFileOf = postingFiles(longTerms, postings, postingFiles);
            List<Integer> termIndexes = IntStream.range(0, terms.size()).boxed().toList();
            for (List<Integer> group : split(termIndexes, shards, t -> shardWeight(terms.get(t)))) {
                shardFirst.add(shardFirst.isEmpty() ? "" : terms.get(group.get(0)).term());
                shardFiles.add(add("t", shard(group, snippets, postingFileOf)));
            }
            List<String> blockFiles = new ArrayList<>();
            List<Integer> blockFirst = new ArrayList<>();
            for (int[] range : blockRanges(blocks)) {
                blockFirst.add(range[0]);
                blockFiles.add(add("b", block(range[0], range[1])));
            }
            String facets = add("f", facets());

            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", FORMAT).put("language", language).put("analysis", SearchAnalysis.forLanguage(language).id())
                    .put("scale", SCALE)
                    .put("sections", documents.size()).put("pages", pageStarts.size())
                    .put("head", HEAD).put("shown", SHOWN);
            strings(manifest.putArray("shards"), shardFiles);
            strings(manifest.putArray("shardFirst"), shardFirst);
            strings(manifest.putArray("postings"), postingFiles);
            strings(manifest.putArray("blocks"), blockFiles);
            blockFirst.forEach(manifest.putArray("blockFirst")::add);
            manifest.put("facets", facets);
            ArrayNode typeList = manifest.putArray("types");
            for (TypeName type : types) {
                typeList.addArray().add(type.id()).add(type.plural()).add(type.title());
            }
            strings(manifest.putArray("tags"), tags);
            files.put(MANIFEST, script("manifest", manifest));
            return files;
        }

        /** Passages around each shown term in each shown section, found on all cores. */
        private Map<String, String> snippets() {
            Map<Integer, Set<String>> wanted = new TreeMap<>();
            for (int t = 0; t < terms.size(); t++) {
                TermImpacts term = terms.get(t);
                int[] ranked = heads.get(t);
                for (int r = 0; r < Math.min(SHOWN, ranked.length); r++) {
                    wanted.computeIfAbsent(term.sections()[ranked[r]], k -> new TreeSet<>()).add(term.term());
                }
            }
            Map<String, String> found = new java.util.concurrent.ConcurrentHashMap<>();
            List<Map.Entry<Integer, Set<String>>> work = new ArrayList<>(wanted.entrySet());
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 4, work.size()));
            IntStream.range(0, parts).parallel().forEach(p -> {
                try (Analyzer analyzer = analyzers.get()) {
                    for (int i = work.size() * p / parts; i < work.size() * (p + 1) / parts; i++) {
                        int section = work.get(i).getKey();
                        Snippets.around(analyzer, documents.get(section).body(), work.get(i).getValue())
                                .forEach((term, text) -> found.put(section + " " + term, text));
                    }
                }
            });
            return found;
        }

        private int shardWeight(TermImpacts term) {
            int shown = Math.min(SHOWN, term.size());
            return 16 + term.term().length() + Math.min(HEAD, term.size()) * 5 + shown * (Snippets.LENGTH + 80);
        }

        private ObjectNode shard(List<Integer> group, Map<String, String> snippets, Map<String, Integer> postingFileOf) {
            ObjectNode shard = JSON.createObjectNode();
            ArrayNode termList = shard.putArray("terms");
            ArrayNode df = shard.putArray("df");
            ArrayNode headList = shard.putArray("heads");
            ArrayNode full = shard.putArray("full");
            ArrayNode shown = shard.putArray("shown");
            LocalTable table = new LocalTable();
            for (int t : group) {
                TermImpacts term = terms.get(t);
                termList.add(term.term());
                df.add(term.size());
                int[] ranked = heads.get(t);
                CompactInts head = new CompactInts();
                int previous = 0;
                for (int r = 0; r < Math.min(HEAD, ranked.length); r++) {
                    int impact = term.impacts()[ranked[r]];
                    head.add(term.sections()[ranked[r]]).add(r == 0 ? impact : previous - impact);
                    previous = impact;
                }
                headList.add(head.toString());
                full.add(postingFileOf.getOrDefault(term.term(), -1));
                ArrayNode entries = shown.addArray();
                for (int r = 0; r < Math.min(SHOWN, ranked.length); r++) {
                    int section = term.sections()[ranked[r]];
                    String text = snippets.get(section + " " + term.term());
                    entries.addArray().add(table.doc(section))
                            .add(text != null ? text : Snippets.lead(documents.get(section).body()));
                }
            }
            table.writeTo(shard);
            return shard;
        }

        /** Full postings for every term with more sections than its head, packed in term order into {@code count} files. */
        private Map<String, Integer> postingFiles(List<TermImpacts> longTerms, int count, List<String> names) throws IOException {
            Map<String, Integer> fileOf = new HashMap<>();
            for (List<TermImpacts> group : split(longTerms, count, SearchExport::postingWeight)) {
                ObjectNode file = JSON.createObjectNode();
                ArrayNode termList = file.putArray("terms");
                ArrayNode lists = file.putArray("postings");
                ArrayNode values = file.putArray("impacts");
                for (TermImpacts term : group) {
                    termList.add(term.term());
                    // A term takes few distinct impacts (they follow from frequency and length), so
                    // each posting names its impact by rank in the term's own list, best first.
                    int[] distinct = java.util.Arrays.stream(term.impacts()).distinct().boxed()
                            .sorted(java.util.Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
                    Map<Integer, Integer> rank = new HashMap<>();
                    CompactInts impacts = new CompactInts();
                    for (int i = 0; i < distinct.length; i++) {
                        rank.put(distinct[i], i);
                        impacts.add(distinct[i]);
                    }
                    CompactInts list = new CompactInts();
                    int previous = 0;
                    for (int i = 0; i < term.size(); i++) {
                        list.add(term.sections()[i] - previous).add(rank.get(term.impacts()[i]));
                        previous = term.sections()[i];
                    }
                    lists.add(list.toString());
                    values.add(impacts.toString());
                    fileOf.put(term.term(), names.size());
                }
                names.add(add("p", file));
            }
            return fileOf;
        }

        /** Contiguous ranges of sections, whole pages each, of about equal weight. */
        private List<int[]> blockRanges(int count) {
            List<Integer> pages = IntStream.range(0, pageStarts.size()).boxed().toList();
            List<int[]> ranges = new ArrayList<>();
            for (List<Integer> group : split(pages, count, this::pageWeight)) {
                int first = pageStarts.get(group.get(0));
                int lastPage = group.get(group.size() - 1);
                int end = lastPage + 1 < pageStarts.size() ? pageStarts.get(lastPage + 1) : documents.size();
                ranges.add(new int[] {first, end});
            }
            return ranges;
        }

        private int pageWeight(int page) {
            int end = page + 1 < pageStarts.size() ? pageStarts.get(page + 1) : documents.size();
            return 100 + (end - pageStarts.get(page)) * (Snippets.LENGTH + 60);
        }

        private ObjectNode block(int first, int end) {
            ObjectNode block = JSON.createObjectNode().put("first", first);
            LocalTable table = new LocalTable();
            ArrayNode leads = block.putArray("leads");
            for (int section = first; section < end; section++) {
                table.doc(section);
                leads.add(Snippets.lead(documents.get(section).body()));
            }
            table.writeTo(block);
            return block;
        }

        private ObjectNode facets() {
            ObjectNode facets = JSON.createObjectNode();
            CompactInts sectionsPerPage = new CompactInts();
            CompactInts pageTypes = new CompactInts();
            ArrayNode pageTags = facets.putArray("pageTags");
            for (int p = 0; p < pageStarts.size(); p++) {
                int end = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : documents.size();
                sectionsPerPage.add(end - pageStarts.get(p));
                SearchIndexer.SearchDocument d = documents.get(pageStarts.get(p));
                pageTypes.add(typeIndex.getOrDefault(d.type(), 0));
                CompactInts tagList = new CompactInts();
                d.tagList().stream().map(tagIndex::get).sorted().forEach(tagList::add);
                pageTags.add(tagList.toString());
            }
            facets.put("sectionsPerPage", sectionsPerPage.toString());
            facets.put("pageTypes", pageTypes.toString());
            return facets;
        }

        /** The pages and sections one file refers to, numbered within the file. */
        private final class LocalTable {
            private final Map<Integer, Integer> docs = new LinkedHashMap<>();
            private final Map<Integer, Integer> pages = new LinkedHashMap<>();

            int doc(int section) {
                return docs.computeIfAbsent(section, s -> {
                    pages.computeIfAbsent(pageOf[s], p -> pages.size());
                    return docs.size();
                });
            }

            void writeTo(ObjectNode file) {
                ArrayNode pageList = file.putArray("pages");
                for (int page : pages.keySet()) {
                    SearchIndexer.SearchDocument d = documents.get(pageStarts.get(page));
                    ArrayNode tagList = JSON.createArrayNode();
                    d.tagList().stream().map(tagIndex::get).sorted().forEach(tagList::add);
                    pageList.addArray().add(page).add(d.title()).add(pageUrl(d.url()))
                            .add(typeIndex.getOrDefault(d.type(), 0)).add(d.crumb()).add(tagList).add(d.page());
                }
                ArrayNode docList = file.putArray("docs");
                for (int section : docs.keySet()) {
                    SearchIndexer.SearchDocument d = documents.get(section);
                    String url = d.url();
                    int hash = url.indexOf('#');
                    docList.addArray().add(section).add(pages.get(pageOf[section]))
                            .add(hash < 0 ? "" : url.substring(hash + 1)).add(d.heading());
                }
            }
        }

        private String add(String kind, ObjectNode payload) {
            byte[] json = bytes(payload);
            String name = kind + "-" + hash(json);
            files.put(DATA + name + ".js", script(name, json));
            return name;
        }
    }

    private static int postingWeight(TermImpacts term) {
        return 8 + term.term().length() + term.size() * 4;
    }

    private static <T> long total(List<T> items, java.util.function.ToIntFunction<T> weight) {
        long sum = 0;
        for (T item : items) {
            sum += weight.applyAsInt(item);
        }
        return sum;
    }

    private static long parts(long bytes, int size) {
        return Math.max(1, (bytes + size - 1) / size);
    }

    private static String pageUrl(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Splits items, in order, into at most {@code parts} runs of about equal weight (never an empty run).
     */
    static <T> List<List<T>> split(List<T> items, int parts, java.util.function.ToIntFunction<T> weight) {
        List<List<T>> runs = new ArrayList<>();
        if (items.isEmpty()) {
            return runs;
        }
        long total = 0;
        for (T item : items) {
            total += weight.applyAsInt(item);
        }
        long done = 0;
        List<T> run = new ArrayList<>();
        for (T item : items) {
            run.add(item);
            done += weight.applyAsInt(item);
            // Close the run once it reaches its share of the total so far.
            if (runs.size() < parts - 1 && done * parts >= total * (runs.size() + 1)) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static byte[] bytes(ObjectNode payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] script(String name, ObjectNode payload) {
        return script(name, bytes(payload));
    }

    private static byte[] script(String name, byte[] json) {
        byte[] head = ("PlaybookSearch.deliver(\"" + name + "\",").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ");\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + json.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(json, 0, all, head.length, json.length);
        System.arraycopy(tail, 0, all, head.length + json.length, tail.length);
        return all;
    }

    private static String hash(byte[] content) {
        return ContentDigest.of(content).substring(0, 12);
    }
}
