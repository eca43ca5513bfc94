package dev.playbook.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Searches a release's published Lucene index. A query is its analysed terms, each searched in
 * every text field with the schema's boosts, scores summed (BM25): the ranking the browser client
 * reproduces.
 */
public final class SectionSearcher implements AutoCloseable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    /** One result: a section of a page. */
    public record Hit(String title, String url, String heading, String type, String snippet, float score) { }

    private SectionSearcher(DirectoryReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
    }

    /** Opens the index of a built release folder (the folder that holds {@code search/}). */
    public static SectionSearcher open(Path release) throws IOException {
        Path info = release.resolve(SearchSchema.INFO);
        if (!Files.isRegularFile(info)) {
            throw new IOException("no search index in " + release + " (build the site first)");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(info)) {
            properties.load(in);
        }
        String language = properties.getProperty("language", "en");
        Analyzer analyzer = SearchSchema.analyzer(language);
        return new SectionSearcher(DirectoryReader.open(FSDirectory.open(release.resolve(SearchSchema.FOLDER))), analyzer);
    }

    /** The terms a query is made of, as the index's analyzer gives them (stop words removed, stemmed). */
    public List<String> terms(String query) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(SearchSchema.BODY, new StringReader(query))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return List.copyOf(terms);
    }

    /** Each term on its own: the query of a typed search. */
    public Query query(List<String> terms) {
        return groupQuery(terms.stream().map(List::of).toList());
    }

    /**
     * The browser's query model: a section scores the sum over groups of the best of the group's
     * terms (a group holds a word and the index terms it is a prefix of), each term searched in
     * every text field with the schema's boosts.
     */
    public Query groupQuery(List<List<String>> groups) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (List<String> group : groups) {
            if (group.size() == 1) {
                termClauses(group.get(0), query);
            } else {
                List<Query> alternatives = new ArrayList<>();
                for (String term : group) {
                    BooleanQuery.Builder fields = new BooleanQuery.Builder();
                    termClauses(term, fields);
                    alternatives.add(fields.build());
                }
                query.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static void termClauses(String term, BooleanQuery.Builder query) {
        for (Map.Entry<String, Float> field : SearchSchema.BOOSTS.entrySet()) {
            query.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
    }

    /** A ranked section: its document (section) id, as the static export numbers sections, and Lucene's score. */
    public record Ranked(int section, float score) { }

    /** The best {@code limit} sections for the groups, in Lucene's order (score down, then id up). */
    public List<Ranked> rank(List<List<String>> groups, int limit) throws IOException {
        if (groups.isEmpty()) {
            return List.of();
        }
        TopDocs top = searcher.search(groupQuery(groups), limit);
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
            ranked.add(new Ranked(scored.doc, scored.score));
        }
        return ranked;
    }

    public List<Hit> search(String text, int limit) throws IOException {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        TopDocs top = searcher.search(query(terms), limit);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
            Document doc = searcher.storedFields().document(scored.doc);
            hits.add(new Hit(doc.get(SearchSchema.TITLE), doc.get(SearchSchema.URL), doc.get(SearchSchema.HEADING),
                    doc.get(SearchSchema.TYPE), doc.get("snippet"), scored.score));
        }
        return hits;
    }

    public int documents() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
