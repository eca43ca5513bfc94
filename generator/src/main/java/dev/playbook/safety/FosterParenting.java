package dev.playbook.safety;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the cleaned tree the table structure a browser's parser builds from it, so that what the
 * sanitizer passed is what the reader's browser shows, and cleaning again changes nothing (found by
 * SanitizerFuzzTest). Content that cannot stand inside a table's structure moves to before the table
 * ("foster parenting": jsoup's parser leaves the second paragraph of {@code <table><tr><p>a<p>b} in the
 * row, jhy/jsoup#2601); rows and cells get the section and row a browser opens around them; a table part
 * left outside its place (a row from a removed {@code <template>}) keeps its content only, as a browser
 * ignores its tags there. Runs on the cleaned tree, so it moves allowed content only.
 */
final class FosterParenting {

    /** What each part of a table may hold; anything else, and any text but white space, moves out. */
    private static final Map<String, Set<String>> HOLDS = Map.of(
            "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot"),
            "thead", Set.of("tr"),
            "tbody", Set.of("tr"),
            "tfoot", Set.of("tr"),
            "tr", Set.of("td", "th"),
            "colgroup", Set.of("col"));
    /** The part a browser's parser opens around a child that needs one ({@code <table><tr>} gets a {@code tbody}). */
    private static final Map<String, Map<String, String>> IMPLIED = Map.of(
            "table", Map.of("tr", "tbody", "td", "tbody", "th", "tbody", "col", "colgroup"),
            "thead", Map.of("td", "tr", "th", "tr"),
            "tbody", Map.of("td", "tr", "th", "tr"),
            "tfoot", Map.of("td", "tr", "th", "tr"));
    /** Where each table part belongs; anywhere else a browser ignores its tags. */
    private static final Map<String, Set<String>> PLACE = Map.of(
            "caption", Set.of("table"), "colgroup", Set.of("table"), "thead", Set.of("table"), "tbody", Set.of("table"),
            "tfoot", Set.of("table"), "tr", Set.of("thead", "tbody", "tfoot"), "td", Set.of("tr"), "th", Set.of("tr"),
            "col", Set.of("colgroup"));

    private FosterParenting() {
    }

    static void apply(Element root) {
        for (Element part : partsBelow(root, HOLDS.keySet())) {
            Element table = part.normalName().equals("table") ? part : tableOf(part);
            if (table != null) {
                repair(part, table);
            }
        }
        for (Element part : partsBelow(root, PLACE.keySet())) {
            Element parent = part.parent();
            if (parent == null || !PLACE.get(part.normalName()).contains(parent.normalName())) {
                part.unwrap();
            }
        }
    }

    private static List<Element> partsBelow(Element root, Set<String> names) {
        List<Element> parts = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && names.contains(element.normalName())) {
                parts.add(element);
            }
        }
        return parts;
    }

    /** The table this part is the structure of, when it stands in one. */
    private static Element tableOf(Element part) {
        for (Element parent = part.parent(); parent != null && HOLDS.containsKey(parent.normalName()); parent = parent.parent()) {
            if (parent.normalName().equals("table")) {
                return parent;
            }
        }
        return null;
    }

    private static void repair(Element part, Element table) {
        Set<String> holds = HOLDS.get(part.normalName());
        Map<String, String> implied = IMPLIED.getOrDefault(part.normalName(), Map.of());
        List<Element> opened = new ArrayList<>();
        Element open = null;
        for (Node child : new ArrayList<>(part.childNodes())) {
            if (child instanceof Element element) {
                String wrapper = implied.get(element.normalName());
                if (wrapper != null) {
                    if (open == null || !open.normalName().equals(wrapper)) {
                        open = new Element(wrapper);
                        element.before(open);
                        opened.add(open);
                    }
                    open.appendChild(element);
                } else if (holds.contains(element.normalName())) {
                    open = null;
                } else {
                    table.before(element);
                }
            } else if (child instanceof TextNode text && !text.isBlank()) {
                table.before(text);
            }
        }
        for (Element wrapper : opened) {
            if (HOLDS.containsKey(wrapper.normalName())) {
                repair(wrapper, table); // a body opened around cells: they need a row too
            }
        }
    }
}
