package dev.playbook.safety;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * Whether a cleaned tree is already the one a browser builds from its HTML, so reading it back (a
 * parse and two serialisations a page) would change nothing. A tree straight from jsoup's parser
 * is, unless cleaning changed it or it holds jsoup's one known slip (content of a table row that a
 * browser moves before the table, jhy/jsoup#2601). So a tree settles when the inspection changed
 * nothing, the cleaner copied every node and attribute (the same count before and after), and every
 * table part holds only what the parser puts there. Anything else is read back.
 */
final class SettledTree {

    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "caption", "colgroup");
    private static final Set<String> IN_TABLE = Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr");
    private static final Set<String> IN_SECTION = Set.of("tr");
    private static final Set<String> IN_ROW = Set.of("td", "th");

    private SettledTree() {
    }

    /** Nodes and attributes below {@code root}: what the cleaner must keep for the tree to be the same. */
    static long size(Element root) {
        long[] count = {0};
        NodeTraversor.traverse((node, depth) -> {
            count[0]++;
            if (node instanceof Element element && element.attributesSize() > 0) {
                Attributes attributes = element.attributes();
                count[0] += attributes.size();
            }
        }, root);
        return count[0];
    }

    /** Whether every table part below {@code root} holds only what the HTML parser puts in it. */
    static boolean tablesAsParsed(Element root) {
        for (Element element : root.getAllElements()) {
            String name = element.normalName();
            if (IN_ROW.contains(name) && !parentIs(element, "tr")) {
                return false;
            }
            if (!TABLE_PARTS.contains(name) || name.equals("caption")) {
                continue;
            }
            Set<String> allowed = switch (name) {
                case "table" -> IN_TABLE;
                case "tr" -> IN_ROW;
                case "colgroup" -> Set.of("col");
                default -> IN_SECTION;
            };
            for (Node child : element.childNodes()) {
                boolean fits = child instanceof Element part ? allowed.contains(part.normalName())
                        : child instanceof TextNode text && text.isBlank();
                if (!fits) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean parentIs(Element element, String name) {
        Element parent = element.parent();
        return parent != null && parent.normalName().equals(name);
    }
}
