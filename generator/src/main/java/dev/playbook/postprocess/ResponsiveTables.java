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
            labelTaskItem(box);
        }
        for (Element header : body.select("thead th")) {
            // An empty corner cell of a table with row headers is data-less, not a header without a name.
            if (header.text().isBlank() && header.select("img[alt]").isEmpty()) {
                header.tagName("td");
            }
        }
        for (Element cell : body.getElementsByAttribute("align")) {
            cell.addClass("align-" + cell.attr("align"));
            cell.removeAttr("align");
        }
    }

    /**
     * A task list's checkbox ({@code - [x] done}) shows a state; its name is the item's own text,
     * so a screen reader says "Call the customer back, checkbox, checked".
     */
    private static void labelTaskItem(Element box) {
        Element item = box.parent();
        if (item == null || !(item.nameIs("li") || item.nameIs("p")) || box.hasAttr("aria-label") || box.hasAttr("aria-labelledby")) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Node node = box.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
                break;
            }
            text.append(node instanceof Element element ? element.text() : node instanceof org.jsoup.nodes.TextNode t ? t.text() : "");
            text.append(' ');
        }
        String label = text.toString().replaceAll("\\s+", " ").strip();
        if (!label.isEmpty()) {
            box.attr("aria-label", label.length() > 120 ? label.substring(0, 119) + "…" : label);
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
