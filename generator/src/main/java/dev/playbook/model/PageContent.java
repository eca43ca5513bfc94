package dev.playbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A page's body once rendered: the HTML fragment, its headings, a plain excerpt, its word count
 * and the links it makes. Templating and checks read this; nobody re-renders.
 */
public record PageContent(String html, List<Heading> headings, List<Section> sections, String excerpt, int words,
                          List<OutLink> links) {
    public PageContent {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        Objects.requireNonNull(excerpt, "excerpt");
        links = List.copyOf(links);
    }

    /**
     * Whether the page has a section with this name: a heading that is the name, or starts with it
     * ("How" matches "How to greet"), case-blind. The checklist and the health page both ask this.
     */
    public boolean hasSection(String name) {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        for (Heading heading : headings) {
            String text = heading.text().toLowerCase(java.util.Locale.ROOT);
            if (text.equals(wanted) || text.startsWith(wanted + " ") || text.startsWith(wanted + ":")) {
                return true;
            }
        }
        return false;
    }

    public boolean hasAnchor(String id) {
        for (Heading heading : headings) {
            if (heading.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
