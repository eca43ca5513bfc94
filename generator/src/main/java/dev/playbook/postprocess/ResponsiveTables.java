package dev.playbook.postprocess;

import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Wide tables scroll inside their own focusable region on small screens, so keyboard users can
 * scroll them too; alignment from the Markdown {@code align} attribute becomes a class.
 */
final class ResponsiveTables implements Transform {

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        Set<String> labels = new HashSet<>();
        for (Element table : body.getElementsByTag("table")) {
            if (table.parent() != null && table.parent().hasClass("table-wrap")) {
                continue;
            }
            String label = unique("Table" + nearestHeading(table).map(h -> ": " + h).orElse(""), labels);
            // Built, not parsed from a string: a fragment parse per table cost more than the rest of this transform.
            Element wrap = new Element("div").addClass("table-wrap").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", label);
            table.replaceWith(wrap);
            wrap.appendChild(table);
        }
        for (Element box : body.getElementsByAttributeValue("type", "checkbox")) {
            box.removeAttr("readonly");
        }
        for (Element cell : body.getElementsByAttribute("align")) {
            cell.addClass("align-" + cell.attr("align"));
            cell.removeAttr("align");
        }
    }

    /** The text of the closest heading before the table, so each scrolling region has its own name. */
    private static Optional<String> nearestHeading(Element table) {
        for (Element e = table; e != null && e.parent() != null; e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (sibling.nameIs("h1") || sibling.nameIs("h2") || sibling.nameIs("h3") || sibling.nameIs("h4")) {
                    return Optional.of(sibling.ownText().strip()).filter(t -> !t.isEmpty());
                }
            }
        }
        return Optional.empty();
    }

    private static String unique(String label, Set<String> used) {
        String candidate = label;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }
}
