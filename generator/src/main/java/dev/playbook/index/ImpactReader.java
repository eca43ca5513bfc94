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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Each text field's collection statistics, the same for every term: read once. */
    private final Map<String, CollectionStatistics> collections = new HashMap<>();

    ImpactReader(DirectoryReader reader, double scale) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.scale = scale;
        for (String field : SearchSchema.BOOSTS.keySet()) {
            collections.put(field, searcher.collectionStatistics(field));
        }
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
        // Runs of neighbouring terms, each read with one terms enum per field and segment: a
        // reused enum seeks from where it stands, and the index has a segment per block of pages.
        List<String> all = new ArrayList<>(terms);
        int runs = Math.max(1, Math.min(all.size() / RUN, 4096));
        try {
            return java.util.stream.IntStream.range(0, runs).parallel().mapToObj(run -> {
                Enums enums = new Enums();
                List<TermImpacts> read = new ArrayList<>();
                for (String term : all.subList(all.size() * run / runs, all.size() * (run + 1) / runs)) {
                    try {
                        read.add(read(term, enums));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return read;
            }).flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Terms a run reads with the same enums. */
    private static final int RUN = 256;

    /** One thread's terms enums and postings, per field and segment, made on first use and reused. */
    private final class Enums {
        private final Map<String, TermsEnum[]> terms = new HashMap<>();
        private final Map<String, PostingsEnum[]> postings = new HashMap<>();

        /** The field's enum in the leaf, or null when the leaf has no such field. */
        TermsEnum terms(String field, int leaf) throws IOException {
            TermsEnum[] enums = terms.get(field);
            if (enums == null) {
                enums = new TermsEnum[reader.leaves().size()];
                for (int i = 0; i < enums.length; i++) {
                    Terms fieldTerms = reader.leaves().get(i).reader().terms(field);
                    enums[i] = fieldTerms == null ? null : fieldTerms.iterator();
                }
                terms.put(field, enums);
                postings.put(field, new PostingsEnum[enums.length]);
            }
            return enums[leaf];
        }

        PostingsEnum postings(String field, int leaf, TermsEnum iterator) throws IOException {
            PostingsEnum[] reused = postings.get(field);
            reused[leaf] = iterator.postings(reused[leaf], PostingsEnum.FREQS);
            return reused[leaf];
        }
    }

    /** One term: per field, Lucene's scorer over the postings; the fields' scores summed per section. */
    private TermImpacts read(String text, Enums enums) throws IOException {
        List<FieldPostings> fields = new ArrayList<>(SearchSchema.BOOSTS.size());
        for (Map.Entry<String, Float> field : SearchSchema.BOOSTS.entrySet()) {
            Term term = new Term(field.getKey(), text);
            Optional<FieldPostings> postings = fieldPostings(term, field.getValue(), enums);
            postings.ifPresent(fields::add);
        }
        return merge(text, fields);
    }

    /** A term's postings in one field: documents ascending, with that field's score. */
    private record FieldPostings(int[] docs, double[] scores) { }

    /**
     * The term's postings in one field, each leaf's terms sought once: its document frequency
     * and total frequency (as {@code IndexReader.docFreq} and {@code totalTermFreq} sum them)
     * and its postings with their norms, then scored with the statistics of all leaves. Seeking
     * the term once instead of three times matters on large pages: 100,000 headings are 100,000
     * sections, with as many terms.
     */
    private Optional<FieldPostings> fieldPostings(Term term, float boost, Enums enums) throws IOException {
        int docFreq = 0;
        long totalTermFreq = 0;
        int[] docs = new int[16];
        int[] freqs = new int[16];
        long[] norms = new long[16];
        int count = 0;
        List<LeafReaderContext> leaves = reader.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            LeafReader leafReader = leaf.reader();
            TermsEnum iterator = enums.terms(term.field(), l);
            if (iterator == null || !iterator.seekExact(term.bytes())) {
                continue;
            }
            docFreq += iterator.docFreq();
            totalTermFreq += iterator.totalTermFreq();
            NumericDocValues normValues = leafReader.getNormValues(term.field());
            PostingsEnum postings = enums.postings(term.field(), l, iterator);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, count * 2);
                    freqs = Arrays.copyOf(freqs, count * 2);
                    norms = Arrays.copyOf(norms, count * 2);
                }
                // As LeafSimScorer reads it: the norm of the document, 1 for a field without norms.
                norms[count] = normValues != null && normValues.advanceExact(doc) ? normValues.longValue() : 1L;
                docs[count] = leaf.docBase + doc;
                freqs[count] = postings.freq();
                count++;
            }
        }
        if (docFreq == 0) {
            return Optional.empty();
        }
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(boost, collections.get(term.field()),
                searcher.termStatistics(term, docFreq, totalTermFreq));
        double[] scores = new double[count];
        for (int i = 0; i < count; i++) {
            scores[i] = scorer.score(freqs[i], norms[i]);
        }
        return Optional.of(new FieldPostings(Arrays.copyOf(docs, count), scores));
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
