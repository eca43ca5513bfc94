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

    /** The HTML lines that open the callout; the Markdown inside follows after a blank line. */
    List<String> opening() {
        String escaped = escape(title);
        if (folds) {
            String classes = styled ? "callout callout-" + kind : "disclosure";
            return List.of("<details class=\"" + classes + "\"" + (open ? " open" : "") + ">",
                    "<summary>" + (escaped.isEmpty() ? escape(defaultTitle(kind)) : escaped) + "</summary>");
        }
        return escaped.isEmpty()
                ? List.of("<div class=\"callout callout-" + kind + "\" role=\"note\">")
                : List.of("<div class=\"callout callout-" + kind + "\" role=\"note\">", "<p class=\"callout-title\">" + escaped + "</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    String closing() {
        return folds ? "</details>" : "</div>";
    }
}
