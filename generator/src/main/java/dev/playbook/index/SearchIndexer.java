package dev.playbook.index;

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
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Builds the Lucene index of a release: one document per page section (the introduction and each
 * h2/h3), so a result can lead to {@code page.html#anchor}. Documents are added in reading order
 * by one thread into one segment, so doc ids are stable from build to build.
 */
public final class SearchIndexer {

    private final String language;
    private final List<SearchDocument> documents;
    private final List<SearchExport.TypeName> types;

    /**
     * A section as the index sees it.
     *
     * @param crumb   where the page sits, for result lists ("Standards" or "Stories › Returns")
     * @param tagList the page's tags; {@code tags} is the same, as the text the index analyses
     */
    record SearchDocument(String url, String page, String type, String title, String heading, String body, String tags,
                          String crumb, List<String> tagList) { }

    private SearchIndexer(String language, List<SearchDocument> documents, List<SearchExport.TypeName> types) {
        this.language = language;
        this.documents = documents;
        this.types = types;
    }

    public static SearchIndexer of(Site site, Function<String, PageContent> contents) {
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
        return new SearchIndexer(site.config().language(), List.copyOf(documents), types);
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

    /** A digest of everything the index is made from: same digest, same index. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            types.forEach(t -> sha.update((t.id() + "=" + t.title() + "/" + t.plural() + "\n").getBytes(StandardCharsets.UTF_8)));
            sha.update(("format " + SearchSchema.FORMAT + " " + SearchExport.settings() + " lucene " + Version.LATEST + " language " + language + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (SearchDocument d : documents) {
                for (String value : List.of(d.url(), d.page(), d.type(), d.title(), d.heading(), d.body(), d.tags(), d.crumb())) {
                    sha.update(value.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The description published beside the index. */
    public String info() {
        return "# Lucene index of this release (" + SearchSchema.FOLDER + ")\n"
                + "format=" + SearchSchema.FORMAT + "\n"
                + "language=" + language + "\n"
                + "documents=" + documents.size() + "\n"
                + "digest=" + digest() + "\n";
    }

    /**
     * Indexes every section in memory and returns the index files by name. Contiguous chunks are
     * indexed on all cores, one segment each, then joined in order, so document ids still follow
     * the reading order and every build of the same content holds the same documents.
     */
    public Map<String, byte[]> build(Supplier<Analyzer> analyzers) throws IOException {
        int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / 2000));
        List<ByteBuffersDirectory> parts = new ArrayList<>();
        try {
            for (int i = 0; i < chunks; i++) {
                parts.add(new ByteBuffersDirectory());
            }
            IntStream.range(0, chunks).parallel().forEach(i -> {
                int from = documents.size() * i / chunks;
                int to = documents.size() * (i + 1) / chunks;
                try (Analyzer analyzer = analyzers.get();
                     IndexWriter writer = new IndexWriter(parts.get(i), config(analyzer))) {
                    for (SearchDocument d : documents.subList(from, to)) {
                        writer.addDocument(toLucene(d));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (ByteBuffersDirectory joined = new ByteBuffersDirectory()) {
                try (Analyzer analyzer = analyzers.get(); IndexWriter writer = new IndexWriter(joined, config(analyzer))) {
                    writer.addIndexes(parts.toArray(new ByteBuffersDirectory[0]));
                }
                return files(joined);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (ByteBuffersDirectory part : parts) {
                part.close();
            }
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(1024)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(true)
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

    private static Document toLucene(SearchDocument d) {
        Document document = new Document();
        document.add(new StringField(SearchSchema.URL, d.url(), Field.Store.YES));
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
