package dev.playbook.postprocess;

import dev.playbook.model.Heading;
import dev.playbook.model.Ids;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;

/**
 * Every heading gets a stable id (kept when the author or Flexmark gave one) and a visible link to
 * itself, so a reader can copy a link to any section.
 */
final class HeadingAnchors implements Transform {

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        Set<String> used = new HashSet<>();
        body.select("[id]").forEach(e -> used.add(e.id()));
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = heading.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String id = heading.id();
            if (id.isEmpty()) {
                id = unique(Ids.slug(text), used);
                heading.id(id);
            }
            int level = heading.tagName().charAt(1) - '0';
            result.headings.add(new Heading(level, id, text));
            heading.appendElement("a")
                    .addClass("heading-anchor")
                    .attr("href", "#" + id)
                    .attr("aria-label", "Link to this section: " + text)
                    .text("#");
        }
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 1; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
