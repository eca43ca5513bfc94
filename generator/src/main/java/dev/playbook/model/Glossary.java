package dev.playbook.model;

import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The playbook's terms, defined once in {@code glossary.yml}, and where they occur in a text: a
 * term or one of its synonyms as whole words, case-blind, with a plural {@code s} allowed. Longer
 * phrases win ("goodwill credit limit" before "goodwill credit"). Immutable and shared by all threads.
 */
public final class Glossary {

    /** The generated page that lists every term, inside the release. */
    public static final String URL = "glossary.html";
    public static final Glossary EMPTY = new Glossary(List.of(), "");

    private final List<Term> terms;
    private final String display;
    private final Optional<Pattern> pattern;
    private final Map<String, Term> byPhrase = new HashMap<>();

    public Glossary(List<Term> terms, String display) {
        this.terms = List.copyOf(terms);
        this.display = Objects.requireNonNull(display, "display");
        List<String> phrases = new ArrayList<>();
        for (Term term : this.terms) {
            for (String phrase : term.phrases()) {
                String key = key(phrase);
                if (!key.isEmpty() && byPhrase.putIfAbsent(key, term) == null) {
                    phrases.add(phrase.strip());
                }
            }
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.pattern = phrases.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases.stream().map(Glossary::phrasePattern).toList())
                        + ")(?:e?s)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Two glossaries are equal when they define the same terms from the same file (builds compare them to reuse work). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Glossary that && terms.equals(that.terms) && display.equals(that.display);
    }

    @Override
    public int hashCode() {
        return terms.hashCode() * 31 + display.hashCode();
    }

    public List<Term> terms() {
        return terms;
    }

    /** The glossary file as editors see it (empty when the playbook has none). */
    public String display() {
        return display;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every occurrence of a term in the text, in order, none overlapping. */
    public List<Match> find(CharSequence text) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        Matcher matcher = pattern.get().matcher(text);
        while (matcher.find()) {
            Term term = termOf(matcher.group());
            if (term != null) {
                found.add(new Match(matcher.start(), matcher.end(), term));
            }
        }
        return found;
    }

    private Term termOf(String matched) {
        String key = key(matched);
        Term term = byPhrase.get(key);
        if (term == null && key.endsWith("es")) {
            term = byPhrase.get(key.substring(0, key.length() - 2));
        }
        if (term == null && key.endsWith("s")) {
            term = byPhrase.get(key.substring(0, key.length() - 1));
        }
        return term;
    }

    /** Spaces in a phrase match any run of white space (a phrase may wrap in the source). */
    private static String phrasePattern(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append("\\s+");
            }
            out.append(Pattern.quote(word));
        }
        return out.toString();
    }

    private static String key(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * One term.
     *
     * @param id    the term's name as an id (see {@link #anchor()})
     * @param page  a page that says more ({@code id} or {@code id#anchor}), when there is one
     * @param at    where the term is defined, for problems
     */
    public record Term(String id, String term, String definition, List<String> synonyms, Optional<String> page,
                       SourcePosition at, SourcePosition pageAt) {
        public Term {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(definition, "definition");
            synonyms = List.copyOf(synonyms);
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(pageAt, "pageAt");
        }

        /** The term's anchor on the glossary page ({@code term-} and its id, clear of the theme's own ids). */
        public String anchor() {
            return "term-" + id;
        }

        /** The term and its synonyms. */
        public List<String> phrases() {
            List<String> all = new ArrayList<>(synonyms.size() + 1);
            all.add(term);
            all.addAll(synonyms);
            return all;
        }

        /** The page id of {@link #page()}, without its anchor. */
        public Optional<String> pageId() {
            return page.map(p -> p.contains("#") ? p.substring(0, p.indexOf('#')) : p);
        }

        public Optional<String> pageAnchor() {
            return page.filter(p -> p.contains("#")).map(p -> p.substring(p.indexOf('#') + 1));
        }
    }

    /** A term found in a text, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Match(int start, int end, Term term) { }
}
