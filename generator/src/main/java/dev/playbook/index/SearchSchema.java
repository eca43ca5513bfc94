package dev.playbook.index;

import org.apache.lucene.analysis.Analyzer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the index holds and how it is read: the fields, their boosts, and the analyzer of each
 * language. The builder, the command-line search and (later) the browser all follow this one place.
 */
public final class SearchSchema {

    /** Where the index lives inside a release's output. */
    public static final String FOLDER = "search/lucene/";
    /** Describes the index: format, language, digest of its input. */
    public static final String INFO = "search/index.properties";
    /** Bumped whenever documents or fields change meaning, so old indexes are rebuilt. */
    public static final int FORMAT = 4;

    public static final String URL = "url";
    public static final String PAGE = "page";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final String TAGS = "tags";
    /** A section's place in the reading order (doc values); the index is sorted by it. */
    public static final String ORDER = "order";

    /** The text fields a query searches, with their boosts (a title match counts most). */
    public static final Map<String, Float> BOOSTS;

    static {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, 3f);
        boosts.put(HEADING, 2f);
        boosts.put(TAGS, 1.5f);
        boosts.put(BODY, 1f);
        BOOSTS = java.util.Collections.unmodifiableMap(boosts);
    }

    private SearchSchema() {
    }

    /** A new Lucene analyzer for a playbook's {@code language:} (any tag: see {@link SearchAnalysis}). */
    public static Analyzer analyzer(String language) {
        return SearchAnalysis.forLanguage(language).analyzer();
    }
}
