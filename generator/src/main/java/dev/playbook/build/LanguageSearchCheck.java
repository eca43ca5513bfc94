package dev.playbook.build;

import dev.playbook.config.Language;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.index.SearchAnalysis;
import dev.playbook.languages.Edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of the check stage, for a multilingual playbook: what each language's search will do. A
 * language with no page translated yet has an empty search of its own (a warning: its readers
 * find pages only through "All languages"); a language that no stemming analysis knows is searched
 * with the generic one, words as written (a note, as {@code check} lists missing translations).
 * Each is placed at the language's entry in {@code playbook.yml}.
 */
final class LanguageSearchCheck {

    private LanguageSearchCheck() {
    }

    /**
     * @param config  {@code playbook.yml} on disk, to place each finding at its language's line
     * @param display how problems name that file
     */
    static void check(List<Edition> editions, Path config, String display, Problems problems, List<Problem> notes) {
        if (editions.size() < 2) {
            return;
        }
        String text = read(config);
        for (Edition edition : editions) {
            Language language = edition.language();
            SourcePosition at = position(text, display, language.code(), edition.primary());
            SearchAnalysis analysis = SearchAnalysis.forLanguage(language.code());
            if (analysis == SearchAnalysis.STANDARD) {
                notes.add(Problem.warning(at, "search in " + language.code() + " uses the generic analysis (words as"
                        + " written, in lower case, no stemming): Playbook has no stemmer for this language, so \"refund\""
                        + " and \"refunds\" are two words to it"));
            }
            if (!edition.primary() && edition.translated().isEmpty()) {
                problems.warning(at, "no page is translated into " + language.code() + " yet, so search in "
                        + edition.folder() + " finds nothing; its readers find the " + editions.get(0).language().code()
                        + " pages with \"All languages\"");
            }
        }
    }

    private static String read(Path config) {
        try {
            return Files.readString(config);
        } catch (IOException | RuntimeException e) {
            return ""; // the config stage reported it; the findings go to line 1
        }
    }

    /** The line of {@code code:} under {@code languages:} (or {@code language: code} for the default one). */
    private static SourcePosition position(String text, String display, String code, boolean primary) {
        String quoted = Pattern.quote(code);
        Pattern entry = primary
                ? Pattern.compile("^language:\\s*[\"']?" + quoted + "[\"']?\\s*(?:#.*)?$", Pattern.MULTILINE)
                : Pattern.compile("^([ \\t]+)[\"']?" + quoted + "[\"']?\\s*:", Pattern.MULTILINE);
        Matcher m = entry.matcher(text);
        if (!m.find()) {
            return new SourcePosition(display, 1, 1);
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int column = primary ? 1 : m.group(1).length() + 1;
        return new SourcePosition(display, line, column);
    }
}
