package dev.playbook.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of a corpus as a reader would type them: the prose of every page (front matter and link
 * targets left out), split into lowercase words of letters, without the stop words a search drops.
 * Queries are drawn from it deterministically, as runs of adjacent words of one line, so multi-word
 * queries are phrases that really occur together, as a reader would remember them.
 */
public final class QueryWords {
    /** Lucene's English stop words: a query made of them finds nothing, so none is drawn. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final int MIN_LENGTH = 3;
    private static final int MAX_QUERY_WORDS = 3;

    private final List<Path> pages;
    private final Map<String, Integer> pagesWith;

    private QueryWords(List<Path> pages, Map<String, Integer> pagesWith) {
        this.pages = pages;
        this.pagesWith = pagesWith;
    }

    /** Reads every Markdown page under {@code source}, in sorted order. */
    public static QueryWords scan(Path source) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(source)) {
            pages = walk.filter(path -> path.toString().endsWith(".md") && Files.isRegularFile(path)).sorted().toList();
        }
        if (pages.isEmpty()) {
            throw new IOException("no Markdown pages under " + source);
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (Path page : pages) {
            Set<String> seen = new HashSet<>();
            for (String line : prose(page)) {
                seen.addAll(words(line));
            }
            seen.forEach(word -> pagesWith.merge(word, 1, Integer::sum));
        }
        return new QueryWords(pages, pagesWith);
    }

    /** The number of pages whose prose has the word (as typed: no stemming). */
    public int pagesWith(String word) {
        return pagesWith.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The words of a query absent from every page; empty when all occur. */
    public List<String> missing(String query) {
        return words(query).stream().filter(word -> pagesWith(word) == 0).toList();
    }

    /**
     * {@code count} queries of one, two and three words in turn, each a run of adjacent words from a line
     * of a page picked at random; the same seed gives the same queries.
     */
    public List<String> sample(int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            int wanted = queries.size() % MAX_QUERY_WORDS + 1;
            List<List<String>> lines = prose(pages.get(random.nextInt(pages.size()))).stream()
                    .map(QueryWords::words).filter(words -> words.size() >= wanted).toList();
            if (lines.isEmpty()) {
                continue;
            }
            List<String> line = lines.get(random.nextInt(lines.size()));
            int start = random.nextInt(line.size() - wanted + 1);
            queries.add(String.join(" ", line.subList(start, start + wanted)));
        }
        return List.copyOf(queries);
    }

    /** The lowercase words of a text that a query may use, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_LETTERS.split(LINK_TARGET.matcher(text).replaceAll("]"))) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() >= MIN_LENGTH && !STOP_WORDS.contains(lower)) {
                words.add(lower);
            }
        }
        return words;
    }

    /** The lines of a page after its front matter. */
    static List<String> prose(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
        int start = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    start = i + 1;
                    break;
                }
            }
        }
        return lines.subList(start, lines.size());
    }
}
