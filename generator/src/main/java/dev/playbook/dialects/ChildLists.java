package dev.playbook.dialects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes that list a section's pages where they stand ({@code {{< subpages >}}} of the GitLab
 * handbook, the learn and relearn themes' {@code {{% children %}}}, hugo-book's {@code {{< toc-tree >}}},
 * {@code {{< section-index >}}}): every Playbook section page already lists its pages, so the
 * shortcode says nothing more and goes, rather than showing as text.
 */
final class ChildLists {

    private static final Pattern LIST = Pattern.compile(
            "\\{\\{[<%]-?\\s*(?:subpages|children|toc-tree|section-index|sectionindex)(?:\\s[^{}]*?)?\\s*-?[>%]}}",
            Pattern.CASE_INSENSITIVE);

    private ChildLists() {
    }

    /** The line without its child-list shortcodes; a line without one is returned as it is. */
    static Line dropped(Line line) {
        if (line.text().indexOf('{') < 0) {
            return line;
        }
        Line out = line;
        Matcher m = LIST.matcher(out.text());
        while (m.find()) {
            out = out.replace(m.start(), m.end(), "");
            m = LIST.matcher(out.text());
        }
        return out;
    }
}
