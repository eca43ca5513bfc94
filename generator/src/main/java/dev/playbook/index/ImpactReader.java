package dev.playbook.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads, from a Lucene index, what each term contributes to each section's score. Nothing is
 * re-derived: the term and collection statistics, the frequencies and the one-byte length norms
 * come from the index, and the score from the searcher's own similarity (BM25), each field with
 * its boost, exactly as a {@code TermQuery} inside {@link SectionSearcher}'s query computes it.
 */
final class ImpactReader {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final double scale;

    ImpactReader(DirectoryReader reader, double scale) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.scale = scale;
    }

    /** Every term of every text field, sorted, with its impacts; terms are read on all cores. */
    List<TermImpacts> readAll() throws IOException {
        TreeSet<String> terms = new TreeSet<>();
        for (String field : SearchSchema.BOOSTS.keySet()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms fieldTerms = leaf.reader().terms(field);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum iterator = fieldTerms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    terms.add(term.utf8ToString());
                }
            }
        }
        try {
            return new ArrayList<>(terms).parallelStream().map(this::readUnchecked).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private TermImpacts readUnchecked(String term) {
        try {
            return read(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One term: per field, Lucene's scorer over the postings; the fields' scores summed per section. */
    TermImpacts read(String text) throws IOException {
        List<FieldPostings> fields = new ArrayList<>(SearchSchema.BOOSTS.size());
        for (Map.Entry<String, Float> field : SearchSchema.BOOSTS.entrySet()) {
            Term term = new Term(field.getKey(), text);
            int docFreq = reader.docFreq(term);
            if (docFreq > 0) {
                CollectionStatistics collection = searcher.collectionStatistics(field.getKey());
                Similarity.SimScorer scorer = searcher.getSimilarity().scorer(field.getValue(), collection,
                        searcher.termStatistics(term, docFreq, reader.totalTermFreq(term)));
                fields.add(fieldPostings(term, docFreq, scorer));
            }
        }
        return merge(text, fields);
    }

    /** A term's postings in one field: documents ascending, with that field's score. */
    private record FieldPostings(int[] docs, double[] scores) { }

    private FieldPostings fieldPostings(Term term, int docFreq, Similarity.SimScorer scorer) throws IOException {
        int[] docs = new int[docFreq];
        double[] scores = new double[docFreq];
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            Terms terms = leafReader.terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (!iterator.seekExact(term.bytes())) {
                continue;
            }
            NumericDocValues norms = leafReader.getNormValues(term.field());
            PostingsEnum postings = iterator.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                // As LeafSimScorer reads it: the norm of the document, 1 for a field without norms.
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                docs[count] = leaf.docBase + doc;
                scores[count] = scorer.score(postings.freq(), norm);
                count++;
            }
        }
        return new FieldPostings(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
    }

    /** The fields' postings joined by document; Lucene adds its clauses' float scores in a double, and so does this. */
    private TermImpacts merge(String text, List<FieldPostings> fields) {
        int total = 0;
        for (FieldPostings field : fields) {
            total += field.docs().length;
        }
        int[] sections = new int[total];
        int[] impacts = new int[total];
        int[] next = new int[fields.size()];
        int count = 0;
        while (true) {
            int doc = Integer.MAX_VALUE;
            for (int f = 0; f < fields.size(); f++) {
                if (next[f] < fields.get(f).docs().length) {
                    doc = Math.min(doc, fields.get(f).docs()[next[f]]);
                }
            }
            if (doc == Integer.MAX_VALUE) {
                break;
            }
            double sum = 0;
            for (int f = 0; f < fields.size(); f++) {
                FieldPostings field = fields.get(f);
                if (next[f] < field.docs().length && field.docs()[next[f]] == doc) {
                    sum += field.scores()[next[f]++];
                }
            }
            sections[count] = doc;
            impacts[count] = Math.toIntExact(Math.round(sum * scale));
            count++;
        }
        return new TermImpacts(text, Arrays.copyOf(sections, count), Arrays.copyOf(impacts, count));
    }
}
