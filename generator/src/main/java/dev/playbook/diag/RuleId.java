package dev.playbook.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stable name for the kind of a problem ({@code broken-link}, {@code unknown-id-in-illustrates}),
 * for the reports CI systems group findings by: the first words of the message with quoted values,
 * numbers and the detail after a colon or parenthesis left out. It stays the same from file to file
 * and run to run, and changes only when the message's wording does.
 */
public final class RuleId {

    private static final int WORDS = 6;
    /**
     * A quoted value, which may hold quotes itself ({@link Problem#quote} does not escape them): it
     * ends at the quote that a space, punctuation or the end of the message follows.
     */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*(?:\"(?![\\s,.;:)?!]|$)[^\"]*)*\"(?=[\\s,.;:)?!]|$)");

    private RuleId() {
    }

    public static String of(Problem problem) {
        String message = problem.message().lines().findFirst().orElse("");
        String unquoted = QUOTED.matcher(message).replaceAll(" ").replaceAll("`[^`]*`", " ");
        int cut = firstOf(unquoted, ':', '(', ';', '=');
        String head = cut < 0 ? unquoted : unquoted.substring(0, cut);
        List<String> words = new ArrayList<>();
        for (String word : head.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!word.isEmpty() && words.size() < WORDS) {
                words.add(word);
            }
        }
        return words.isEmpty() ? problem.severity().label() : String.join("-", words);
    }

    private static int firstOf(String text, char... marks) {
        int first = -1;
        for (char mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
