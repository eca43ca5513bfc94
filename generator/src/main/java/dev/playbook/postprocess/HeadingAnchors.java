package dev.playbook.postprocess;

import dev.playbook.model.Heading;
import dev.playbook.model.Ids;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every heading gets a stable id (kept when the author or Flexmark gave one) and a visible link to
 * itself, so a reader can copy a link to any section. The page's title is its only {@code h1}: a
 * body {@code h1} becomes an {@code h2}. Ids the theme's layout uses are never given to headings.
 */
final class HeadingAnchors implements Transform {

    /** Ids of the page layout around the content (skip link target, navigation, search). */
    static final Set<String> RESERVED = Set.of("main", "site-nav", "top", "search", "content", "limits", "context",
            "outcome", "stories", "referenced-by", "related", "site-search-q", "site-search-results", "search-page-q",
            "permalink-latest", "permalink-pinned", "handout-notes");

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        Set<String> used = new HashSet<>(RESERVED);
        List<Element> headings = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (isHeading(element)) {
                headings.add(element);
            } else if (element.hasAttr("id")) {
                used.add(element.id());
            }
        }
        record Alias(Element heading, String anchor, String id) { }
        List<Alias> aliases = new ArrayList<>();
        for (Element heading : headings) {
            if (heading.nameIs("h1")) {
                heading.tagName("h2");
            }
            String text = heading.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String id = unique(heading.id().isEmpty() ? Ids.slug(text) : heading.id(), used);
            heading.id(id);
            int level = heading.tagName().charAt(1) - '0';
            result.headings.add(new Heading(level, id, text));
            heading.appendElement("a")
                    .addClass("heading-anchor")
                    .attr("href", "#" + id)
                    .attr("aria-label", "Link to this section: " + text)
                    .text("#");
            aliases.add(new Alias(heading, Ids.githubSlug(text), id));
        }
        // The anchor other generators gave the heading (tests--tasks for "Tests & Tasks") lands on it
        // too, once every heading has its own id, so an alias never takes one.
        for (Alias alias : aliases) {
            if (!alias.anchor().isEmpty() && !alias.anchor().equals(alias.id()) && used.add(alias.anchor())) {
                alias.heading().prependElement("span").id(alias.anchor()).addClass("anchor-alias").attr("data-anchor", alias.id());
            }
        }
    }

    private static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 1; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
