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

    /** The same content with other HTML (e.g. with old anchors kept). */
    public PageContent withHtml(String other) {
        return new PageContent(other, headings, sections, excerpt, words, links);
    }

    /** The heading with this anchor. */
    public java.util.Optional<Heading> heading(String id) {
        return headings.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /**
     * Words from the section with this anchor to the next heading of its level or higher (its
     * subsections included); the whole page's words when the anchor starts no h2/h3 section.
     */
    public int wordsFrom(String anchor) {
        int count = 0;
        int level = 0;
        for (Section section : sections) {
            if (level == 0 && section.anchor().equals(anchor)) {
                level = section.level();
            } else if (level > 0 && section.level() <= level) {
                break;
            }
            if (level > 0) {
                count += ReadingTime.words(section.heading()) + ReadingTime.words(section.text());
            }
        }
        return level == 0 ? words : count;
    }


    /** Whether a heading answers the anchor: its own id, or the one other generators give it ({@link Ids#githubSlug}). */
    public boolean hasAnchor(String id) {
        for (Heading heading : headings) {
            if (heading.id().equals(id) || Ids.githubSlug(heading.text()).equals(id)) {
                return true;
            }
        }
        return false;
    }
}
