package dev.playbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A page's body once rendered: the HTML fragment, its headings, a plain excerpt, its word count
 * and the links it makes. Templating and checks read this; nobody re-renders.
 */
public record PageContent(String html, List<Heading> headings, String excerpt, int words, List<OutLink> links) {
    public PageContent {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        Objects.requireNonNull(excerpt, "excerpt");
        links = List.copyOf(links);
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
