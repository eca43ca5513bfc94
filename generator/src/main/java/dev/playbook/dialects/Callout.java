package dev.playbook.dialects;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a callout or disclosure of any dialect becomes: one of the theme's five callout kinds
 * (the GitHub alerts' note, tip, important, warning, caution), a title, and whether it folds.
 *
 * @param kind       the theme's kind: note, tip, important, warning or caution
 * @param title      the title shown, empty for none
 * @param folds      a {@code <details>} that the reader opens, rather than a box always shown
 * @param open       a folding one that starts open
 * @param styled     a folding one drawn as a callout (MkDocs {@code ???}); plain disclosures are not
 */
record Callout(String kind, String title, boolean folds, boolean open, boolean styled) {

    /** The names dialects give their callouts, by the theme kind each is drawn as. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"), Map.entry("summary", "note"),
            Map.entry("tldr", "note"), Map.entry("todo", "note"), Map.entry("example", "note"), Map.entry("quote", "note"),
            Map.entry("cite", "note"), Map.entry("seealso", "note"), Map.entry("primary", "note"), Map.entry("secondary", "note"),
            Map.entry("light", "note"), Map.entry("dark", "note"), Map.entry("question", "note"), Map.entry("help", "note"),
            Map.entry("faq", "note"), Map.entry("notice", "note"), Map.entry("default", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"), Map.entry("check", "tip"),
            Map.entry("done", "tip"),
            Map.entry("important", "important"),
            Map.entry("warning", "warning"), Map.entry("warn", "warning"), Map.entry("attention", "warning"),
            Map.entry("caution", "warning"),
            Map.entry("danger", "caution"), Map.entry("error", "caution"), Map.entry("failure", "caution"),
            Map.entry("fail", "caution"), Map.entry("missing", "caution"), Map.entry("bug", "caution"));

    Callout {
        if (!List.of("note", "tip", "important", "warning", "caution").contains(kind)) {
            throw new IllegalArgumentException("unknown callout kind: " + kind);
        }
    }

    /** The theme's kind for a dialect's name of a callout ({@code danger} is drawn as caution), if it is one. */
    static Optional<String> kindOf(String name) {
        return Optional.ofNullable(KINDS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The title a dialect shows when none is given: its name for the callout, capitalised. */
    static String defaultTitle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * The lines that open the callout; the Markdown inside follows after a blank line. The title is
     * a paragraph of its own, so its inline Markdown ({@code **bold**}, {@code `code`}, links) renders
     * as the old generators rendered it; the marker span around it is lifted into the callout's title
     * (or the disclosure's summary) once the page is HTML (postprocess {@code Callouts}).
     */
    List<String> opening() {
        String title = inlineMarkdown(title());
        if (folds) {
            String classes = styled ? "callout callout-" + kind : "disclosure";
            String summary = title.isEmpty() ? inlineMarkdown(defaultTitle(kind)) : title;
            return List.of("<details class=\"" + classes + "\"" + (open ? " open" : "") + ">", "",
                    "<span class=\"" + SUMMARY_MARKER + "\">" + summary + "</span>");
        }
        return title.isEmpty()
                ? List.of("<div class=\"callout callout-" + kind + "\" role=\"note\">")
                : List.of("<div class=\"callout callout-" + kind + "\" role=\"note\">", "",
                        "<span class=\"" + TITLE_MARKER + "\">" + title + "</span>");
    }

    /** The classes of the span around a title and a summary in the rewritten Markdown (postprocess {@code Callouts} reads them). */
    private static final String TITLE_MARKER = "callout-title";
    private static final String SUMMARY_MARKER = "callout-summary";

    /**
     * The title as inline Markdown that stays one paragraph of text: raw HTML is shown as written
     * ({@code <} outside code spans becomes {@code &lt;}), so a title never closes the marker span.
     */
    static String inlineMarkdown(String title) {
        StringBuilder out = new StringBuilder(title.length() + 8);
        int i = 0;
        while (i < title.length()) {
            char c = title.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < title.length() && title.charAt(run) == '`') {
                    run++;
                }
                String ticks = title.substring(i, run);
                int close = closingRun(title, run, ticks.length());
                if (close >= 0) {
                    out.append(title, i, close + ticks.length());
                    i = close + ticks.length();
                } else {
                    out.append(ticks);
                    i = run;
                }
                continue;
            }
            if (c == '\\' && i + 1 < title.length()) {
                out.append(title, i, i + 2);
                i += 2;
                continue;
            }
            out.append(c == '<' ? "&lt;" : String.valueOf(c));
            i++;
        }
        return out.toString().strip();
    }

    /** Where a run of exactly {@code length} backticks starts at or after {@code from}, or -1. */
    private static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < text.length() && text.charAt(run) == '`') {
                run++;
            }
            if (run - i == length) {
                return i;
            }
            i = run;
        }
        return -1;
    }

    String closing() {
        return folds ? "</details>" : "</div>";
    }
}
